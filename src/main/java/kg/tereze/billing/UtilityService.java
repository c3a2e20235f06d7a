package kg.tereze.billing;

import kg.tereze.shared.LocalizedName;

/** A service an enterprise bills for, in one book of the ledger. */
public record UtilityService(long id, long bookId, String code, LocalizedName name, Basis basis) {
}
