package kg.tereze.payments.internal;

import kg.tereze.payments.internal.ReconciliationItem;
import kg.tereze.payments.internal.ReconciliationKind;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;

import kg.tereze.shared.InvalidInputException;
import kg.tereze.shared.Som;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AgentStatementMatchTest {

	static final LocalDateTime NOON = LocalDateTime.of(2026, 11, 23, 12, 0);

	@Test
	void everyRowIsMatchedMissingOrDifferent() {
		List<AgentStatementMatch.FileRow> rows = List.of(row(2, "1", "10000010", 15000), row(3, "2", "10000028", 20000),
				row(4, "3", "10000036", 5000), row(5, "4", "10000044", 100), row(6, "1", "10000010", 15000),
				row(7, "6", "10000010", 700));
		Map<String, AgentStatementMatch.OurTxn> ours = Map.of("1", our("1", "10000010", 15000), "2", our("2", "10000028", 25000),
				"5", our("5", "10000036", 9900), "6", our("6", "10000051", 700));
		AgentStatementMatch.Result r = AgentStatementMatch.match(rows, List.of(), ours, Set.of("1", "2", "5", "6"),
				account -> !account.equals("10000044"));
		assertThat(r.matched()).isEqualTo(1);
		assertThat(r.matchedAmount()).isEqualTo(Som.ofTyiyn(15000));
		assertThat(r.otherRows()).as("an account of another municipality").isEqualTo(1);
		assertThat(r.count(ReconciliationKind.MISSING_HERE)).isEqualTo(1);
		assertThat(r.count(ReconciliationKind.MISSING_THERE)).isEqualTo(1);
		assertThat(r.count(ReconciliationKind.MISMATCH)).as("another sum, another account").isEqualTo(2);
		assertThat(r.count(ReconciliationKind.BAD_ROW)).as("a txn_id twice").isEqualTo(1);
		assertThat(r.items()).anyMatch(i -> i.kind() == ReconciliationKind.MISSING_THERE && i.txnId().equals("5"));
		assertThat(r.items()).anyMatch(i -> i.kind() == ReconciliationKind.MISMATCH && i.txnId().equals("6")
				&& i.reason().equals("payments.reconcile.reason.account"));
	}

	@Test
	void theFileIsReadWithSemicolonsOrCommasAndBadRowsAreNamed() {
		AgentStatementFile.Read semicolons = AgentStatementFile.read("""
				\uFEFFTXN_ID;TXN_DATE;ACCOUNT;SUM
				101;20261123101500;10000010;150,00
				102;2026-11-23T11:00:00;10000028;20
				;20261123101500;10000010;1
				104;20261399101500;10000010;1
				105;20261123101500;10000010;-3
				""".getBytes(StandardCharsets.UTF_8));
		assertThat(semicolons.rows()).hasSize(2);
		assertThat(semicolons.rows().get(0).amount()).isEqualTo(Som.ofTyiyn(15000));
		assertThat(semicolons.rows().get(1).txnDate()).isEqualTo(LocalDateTime.of(2026, 11, 23, 11, 0));
		assertThat(semicolons.bad()).extracting(ReconciliationItem::rowNo).containsExactly(4, 5, 6);
		AgentStatementFile.Read commas = AgentStatementFile.read("account,sum,txn_id\n10000010,5.5,9\n".getBytes(StandardCharsets.UTF_8));
		assertThat(commas.rows()).singleElement().satisfies(r -> assertThat(r.txnId()).isEqualTo("9"));
	}

	@Test
	void aFileThatIsNoStatementIsRefused() {
		assertThatThrownBy(() -> AgentStatementFile.read("name,phone\nA,1\n".getBytes(StandardCharsets.UTF_8)))
			.isInstanceOf(InvalidInputException.class).hasFieldOrPropertyWithValue("field", "file");
		assertThatThrownBy(() -> AgentStatementFile.read("txn_id,account,sum\n".getBytes(StandardCharsets.UTF_8)))
			.isInstanceOf(InvalidInputException.class);
		assertThatThrownBy(() -> AgentStatementFile.read(new byte[] { (byte) 0xFF, (byte) 0xFE, 0 }))
			.isInstanceOf(InvalidInputException.class);
	}

	static AgentStatementMatch.FileRow row(int n, String txn, String account, long tyiyn) {
		return new AgentStatementMatch.FileRow(n, txn, account, Som.ofTyiyn(tyiyn), NOON);
	}

	static AgentStatementMatch.OurTxn our(String txn, String account, long tyiyn) {
		return new AgentStatementMatch.OurTxn(txn, account, Som.ofTyiyn(tyiyn), NOON);
	}
}
