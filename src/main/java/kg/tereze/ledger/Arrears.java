package kg.tereze.ledger;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import kg.tereze.shared.Som;

/**
 * What a payer owes and how old it is. Payments pay the oldest debt first, so what is still unpaid
 * is the newest debt: the balance is laid over the debts from the newest back. Derived from the
 * entries every time rather than stored, so it cannot drift from them. A debt not yet due counts as
 * current (0–30 days).
 */
public record Arrears(Som balance, Som upTo30, Som from31To90, Som from91To180, Som over180, List<OpenItem> openItems) {

	/** The unpaid part of one debt (a charge, an opening balance or a positive adjustment). */
	public record OpenItem(long entryId, LocalDate dueOn, String serviceCode, Som unpaid, long daysOverdue) {
	}

	/**
	 * From all entries of an account. An entry and its reversal cancel out and are left out; every
	 * other positive entry is a debt, and the balance (the sum of everything) is what remains of them.
	 */
	public static Arrears of(List<Entry> entries, LocalDate asOf) {
		long balance = entries.stream().mapToLong(e -> e.amount().tyiyn()).sum();
		List<Entry> debts = entries.stream()
			.filter(e -> e.amount().tyiyn() > 0 && e.kind() != EntryKind.REVERSAL && !e.reversed())
			.sorted(Comparator.comparing(Entry::dueOn).thenComparing(Entry::id).reversed())
			.toList();
		long[] buckets = new long[4];
		List<OpenItem> open = new ArrayList<>();
		long left = balance;
		for (Entry debt : debts) {
			if (left <= 0) {
				break;
			}
			long unpaid = Math.min(left, debt.amount().tyiyn());
			left -= unpaid;
			long days = Math.max(0, ChronoUnit.DAYS.between(debt.dueOn(), asOf));
			buckets[bucket(days)] += unpaid;
			open.add(new OpenItem(debt.id(), debt.dueOn(), debt.serviceCode(), Som.ofTyiyn(unpaid), days));
		}
		// A debit reversal of a payment with no debt left to lay it on still is a debt, and current.
		buckets[0] += Math.max(0, left);
		return new Arrears(Som.ofTyiyn(balance), Som.ofTyiyn(buckets[0]), Som.ofTyiyn(buckets[1]),
				Som.ofTyiyn(buckets[2]), Som.ofTyiyn(buckets[3]), oldestFirst(open));
	}

	private static List<OpenItem> oldestFirst(List<OpenItem> newestFirst) {
		List<OpenItem> list = new ArrayList<>(newestFirst);
		java.util.Collections.reverse(list);
		return List.copyOf(list);
	}

	static int bucket(long daysOverdue) {
		if (daysOverdue <= 30) {
			return 0;
		}
		if (daysOverdue <= 90) {
			return 1;
		}
		return daysOverdue <= 180 ? 2 : 3;
	}

	/** Whether a given debt has been paid in full. */
	public boolean paid(long entryId) {
		return openItems.stream().noneMatch(i -> i.entryId() == entryId);
	}

	public boolean inCredit() {
		return balance.isNegative();
	}
}
