package kg.tereze.ledger;

import java.util.Map;

import kg.tereze.shared.LocalizedName;

/**
 * Names of the service codes entries carry, for people to read in reports. The ledger knows codes only;
 * the modules that charge (billing, certificate fees) say what their codes are called.
 */
public interface ServiceNames {

	/** Names of the codes this module uses in a book, by code. */
	Map<String, LocalizedName> of(long bookId);
}
