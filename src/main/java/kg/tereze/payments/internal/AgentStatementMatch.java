package kg.tereze.payments.internal;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import kg.tereze.shared.Som;

/**
 * The rule of a reconciliation, apart from files and tables: each row of the agent's statement is
 * found among our transactions by its txn_id (the protocol's key) and compared; our transactions of
 * the day that no row names are missing on the agent's side.
 */
final class AgentStatementMatch {

	/** A row of the agent's file, read. */
	record FileRow(int rowNo, String txnId, String account, Som amount, LocalDateTime txnDate) {
	}

	/** One of our transactions with this agent. */
	record OurTxn(String txnId, String account, Som amount, LocalDateTime txnDate) {
	}

	record Result(int matched, Som matchedAmount, int otherRows, List<ReconciliationItem> items) {

		int count(ReconciliationKind kind) {
			return (int) items.stream().filter(i -> i.kind() == kind).count();
		}
	}

	private AgentStatementMatch() {
	}

	/**
	 * @param ours our transactions named by the file (any day) and those of the day, by txn_id
	 * @param ofTheDay txn_ids of our transactions dated on the reconciled day
	 * @param ourAccount whether an account number belongs to this municipality
	 */
	static Result match(List<FileRow> rows, List<ReconciliationItem> badRows, Map<String, OurTxn> ours, Set<String> ofTheDay,
			Predicate<String> ourAccount) {
		List<ReconciliationItem> items = new ArrayList<>(badRows);
		Set<String> seen = new HashSet<>();
		int matched = 0;
		int other = 0;
		Som matchedAmount = Som.ZERO;
		for (FileRow r : rows) {
			if (!seen.add(r.txnId())) {
				items.add(new ReconciliationItem(ReconciliationKind.BAD_ROW, r.rowNo(), r.txnId(), r.account(), r.amount(), null,
						null, r.txnDate(), "payments.reconcile.reason.repeated"));
				continue;
			}
			OurTxn our = ours.get(r.txnId());
			if (our == null) {
				if (ourAccount.test(r.account())) {
					items.add(new ReconciliationItem(ReconciliationKind.MISSING_HERE, r.rowNo(), r.txnId(), r.account(), r.amount(),
							null, null, r.txnDate(), null));
				}
				else {
					other++;
				}
				continue;
			}
			boolean sameSum = our.amount().equals(r.amount());
			boolean sameAccount = our.account().equals(r.account());
			if (sameSum && sameAccount) {
				matched++;
				matchedAmount = matchedAmount.plus(r.amount());
			}
			else {
				items.add(new ReconciliationItem(ReconciliationKind.MISMATCH, r.rowNo(), r.txnId(), r.account(), r.amount(),
						our.amount(), our.account(), r.txnDate(),
						sameSum ? "payments.reconcile.reason.account" : "payments.reconcile.reason.sum"));
			}
		}
		for (String txnId : ofTheDay) {
			if (!seen.contains(txnId)) {
				OurTxn our = ours.get(txnId);
				items.add(new ReconciliationItem(ReconciliationKind.MISSING_THERE, null, txnId, our.account(), null, our.amount(),
						our.account(), our.txnDate(), null));
			}
		}
		return new Result(matched, matchedAmount, other, items);
	}
}
