package kg.tereze.billing.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import kg.tereze.ledger.ServiceNames;
import kg.tereze.shared.LocalizedName;

import org.springframework.stereotype.Component;

/** Tells the ledger's reports what the billing services of a book are called. */
@Component
class BillingServiceNames implements ServiceNames {

	private final CatalogStore catalog;

	BillingServiceNames(CatalogStore catalog) {
		this.catalog = catalog;
	}

	@Override
	public Map<String, LocalizedName> of(long bookId) {
		Map<String, LocalizedName> names = new LinkedHashMap<>();
		catalog.services(bookId).forEach(s -> names.put(s.code(), s.name()));
		return names;
	}
}
