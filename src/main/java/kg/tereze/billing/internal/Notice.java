package kg.tereze.billing.internal;

import kg.tereze.billing.Basis;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import kg.tereze.ledger.PayerAccount;
import kg.tereze.shared.LocalizedName;
import kg.tereze.shared.Som;

/**
 * An account's monthly notice: what it owed when the month began, what the month charged (by service),
 * what was paid and otherwise corrected in it, and what is owed at its end, due by {@code dueOn}.
 */
public record Notice(PayerAccount account, LocalizedName payee, LocalizedName village, YearMonth month,
		Som broughtForward, List<Line> charges, Som paid, Som corrected, Som balance, LocalDate dueOn) {

	/** One service's charge of the month; {@code quantity} is persons, m³ or 1, as the service counts. */
	public record Line(String serviceCode, LocalizedName service, Basis basis, BigDecimal quantity, Som amount) {
	}

	/** What to pay: the balance at the month's end, nothing when it is paid ahead. */
	public Som due() {
		return balance.isNegative() ? Som.ZERO : balance;
	}

	public Som charged() {
		return Som.ofTyiyn(charges.stream().mapToLong(l -> l.amount().tyiyn()).sum());
	}

	/**
	 * What the QR code carries for a payment app to fill in: the account and the amount (documented in
	 * docs/API.md).
	 */
	public String qrText() {
		return "TEREZE|ACC=" + account.number().value() + "|SUM=" + due().toBigDecimal().toPlainString() + "|M=" + month;
	}
}
