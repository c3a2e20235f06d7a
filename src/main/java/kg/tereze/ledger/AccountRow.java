package kg.tereze.ledger;

import kg.tereze.shared.Som;

/** An account in a list, with its balance (positive: owes; negative: paid ahead). */
public record AccountRow(PayerAccount account, Som balance) {
}
