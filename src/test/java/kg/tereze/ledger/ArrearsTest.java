package kg.tereze.ledger;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import kg.tereze.shared.Som;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ArrearsTest {

	static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

	final List<Entry> entries = new ArrayList<>();

	Entry add(EntryKind kind, long som, LocalDate due, Long reverses) {
		Entry e = new Entry(entries.size() + 1, 1, kind, Som.of(som), due, due, "WATER", null, "TEST", null, reverses,
				null, Instant.EPOCH, "t");
		entries.add(e);
		return e;
	}

	/** Marks an entry as reversed by the last one added, as the database join would. */
	void reversedBy(Entry original, Entry reversal) {
		Entry marked = new Entry(original.id(), 1, original.kind(), original.amount(), original.bookedOn(),
				original.dueOn(), original.serviceCode(), null, "TEST", null, null, reversal.id(), Instant.EPOCH, "t");
		entries.set((int) original.id() - 1, marked);
	}

	@Test
	void paymentsPayTheOldestDebtFirstSoWhatIsLeftIsTheNewest() {
		Entry old = add(EntryKind.CHARGE, 100, TODAY.minusDays(200), null);
		Entry middle = add(EntryKind.CHARGE, 100, TODAY.minusDays(60), null);
		Entry recent = add(EntryKind.CHARGE, 100, TODAY.minusDays(10), null);
		add(EntryKind.PAYMENT, -150, TODAY.minusDays(5), null);

		Arrears a = Arrears.of(entries, TODAY);

		assertThat(a.balance()).isEqualTo(Som.of(150));
		assertThat(a.over180()).isEqualTo(Som.ZERO);
		assertThat(a.from31To90()).isEqualTo(Som.of(50));
		assertThat(a.upTo30()).isEqualTo(Som.of(100));
		assertThat(a.paid(old.id())).isTrue();
		assertThat(a.paid(middle.id())).isFalse();
		assertThat(a.paid(recent.id())).isFalse();
		assertThat(a.openItems()).extracting(Arrears.OpenItem::entryId).containsExactly(middle.id(), recent.id());
	}

	@Test
	void theBucketsSplitAt30And90And180Days() {
		add(EntryKind.OPENING_BALANCE, 1, TODAY.minusDays(181), null);
		add(EntryKind.CHARGE, 2, TODAY.minusDays(180), null);
		add(EntryKind.CHARGE, 4, TODAY.minusDays(90), null);
		add(EntryKind.CHARGE, 8, TODAY.minusDays(31), null);
		add(EntryKind.CHARGE, 16, TODAY.minusDays(30), null);
		add(EntryKind.CHARGE, 32, TODAY.plusDays(10), null);

		Arrears a = Arrears.of(entries, TODAY);

		assertThat(a.over180()).isEqualTo(Som.of(1));
		assertThat(a.from91To180()).isEqualTo(Som.of(2));
		assertThat(a.from31To90()).isEqualTo(Som.of(12));
		assertThat(a.upTo30()).as("not yet due counts as current").isEqualTo(Som.of(48));
	}

	@Test
	void aReversedChargeAndItsReversalCancelOut() {
		add(EntryKind.CHARGE, 100, TODAY.minusDays(200), null);
		Entry wrong = add(EntryKind.CHARGE, 500, TODAY.minusDays(5), null);
		Entry reversal = add(EntryKind.REVERSAL, -500, TODAY.minusDays(5), wrong.id());
		reversedBy(wrong, reversal);

		Arrears a = Arrears.of(entries, TODAY);

		assertThat(a.balance()).isEqualTo(Som.of(100));
		assertThat(a.over180()).as("the old debt is still old").isEqualTo(Som.of(100));
		assertThat(a.upTo30()).isEqualTo(Som.ZERO);
	}

	@Test
	void anOverpaymentLeavesNoArrearsAndACredit() {
		add(EntryKind.CHARGE, 100, TODAY.minusDays(40), null);
		add(EntryKind.PAYMENT, -130, TODAY.minusDays(1), null);

		Arrears a = Arrears.of(entries, TODAY);

		assertThat(a.inCredit()).isTrue();
		assertThat(a.balance()).isEqualTo(Som.of(-30));
		assertThat(a.openItems()).isEmpty();
		assertThat(a.upTo30().plus(a.from31To90()).plus(a.from91To180()).plus(a.over180())).isEqualTo(Som.ZERO);
	}

	@Test
	void theBucketsAlwaysAddUpToAPositiveBalance() {
		add(EntryKind.CHARGE, 70, TODAY.minusDays(100), null);
		add(EntryKind.ADJUSTMENT, -20, TODAY.minusDays(50), null);
		add(EntryKind.CHARGE, 35, TODAY.minusDays(3), null);
		add(EntryKind.PAYMENT, -10, TODAY, null);

		Arrears a = Arrears.of(entries, TODAY);

		assertThat(a.upTo30().plus(a.from31To90()).plus(a.from91To180()).plus(a.over180())).isEqualTo(a.balance());
		assertThat(a.balance()).isEqualTo(Som.of(75));
	}

	@Test
	void entryKindsAllowOnlyTheirSign() {
		assertThat(EntryKind.CHARGE.allows(1)).isTrue();
		assertThat(EntryKind.CHARGE.allows(-1)).isFalse();
		assertThat(EntryKind.PAYMENT.allows(-1)).isTrue();
		assertThat(EntryKind.PAYMENT.allows(1)).isFalse();
		assertThat(EntryKind.ADJUSTMENT.allows(-1)).isTrue();
		assertThat(EntryKind.ADJUSTMENT.allows(0)).isFalse();
		assertThat(EntryKind.REFUND.allows(-5)).isFalse();
	}
}
