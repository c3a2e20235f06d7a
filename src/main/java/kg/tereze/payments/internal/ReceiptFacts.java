package kg.tereze.payments.internal;

import kg.tereze.ledger.Accounts;
import kg.tereze.ledger.Ledger;
import kg.tereze.ledger.PayerAccount;
import kg.tereze.municipality.Municipalities;
import kg.tereze.municipality.Municipality;
import kg.tereze.municipality.Village;
import kg.tereze.payments.internal.PaymentStore.PaymentRow;
import kg.tereze.shared.LocalizedName;
import kg.tereze.shared.NotFoundException;
import kg.tereze.shared.Tenant;

import org.springframework.stereotype.Component;

/** Puts a receipt together from the payment, its account and the balance the payment left. */
@Component
public class ReceiptFacts {

	private final Accounts accounts;

	private final Ledger ledger;

	private final Municipalities municipalities;

	ReceiptFacts(Accounts accounts, Ledger ledger, Municipalities municipalities) {
		this.accounts = accounts;
		this.ledger = ledger;
		this.municipalities = municipalities;
	}

	/** Who keeps the account's book and takes (or gives back) its money: the enterprise, or the municipality. */
	public LocalizedName keeper(PayerAccount a, Municipality m) {
		return a.enterpriseId() == null ? m.name() : municipalities.enterprise(a.enterpriseId()).orElseThrow().name();
	}

	public Receipt of(Tenant t, PaymentRow p, boolean replayed) {
		PayerAccount a = accounts.find(t, p.accountId()).orElseThrow(() -> new NotFoundException("receipt"));
		Municipality m = municipalities.require(a.municipalityId());
		LocalizedName book = keeper(a, m);
		String village = a.villageId() == null ? null : municipalities.villages(m.id()).stream()
			.filter(v -> v.id() == a.villageId()).map(Village::name).map(LocalizedName::ky).findFirst().orElse(null);
		String address = village == null ? a.address() : a.address() == null ? village : village + ", " + a.address();
		return new Receipt(p.receiptNumber(), p.paidAt(), m.name(), book, a.number().value(), a.holderName(), address,
				p.amount(), ledger.balanceThrough(t, a, p.ledgerEntryId()), p.payerName(), p.takenByName(),
				p.ledgerEntryId(), replayed);
	}
}
