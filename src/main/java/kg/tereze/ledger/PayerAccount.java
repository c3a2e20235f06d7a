package kg.tereze.ledger;

import java.time.LocalDate;

/** A payer account (лицевой счёт) in one book. */
public record PayerAccount(long id, long bookId, long municipalityId, Long enterpriseId, AccountNumber number,
		HolderKind holderKind, CustomerCategory category, Long householdId, Long personId, String holderName,
		Long villageId, String address, String phone, LocalDate openedOn) {
}
