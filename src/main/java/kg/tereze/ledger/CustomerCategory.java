package kg.tereze.ledger;

/** The tariff category of a payer: tariffs differ for households, budget organisations and businesses. */
public enum CustomerCategory {
	HOUSEHOLD, BUDGET, BUSINESS
}
