package kg.tereze.ledger;

import java.time.LocalDate;
import java.util.List;

import kg.tereze.shared.Som;

/** An account's entries over a span, with the balance before and after, and its arrears today. */
public record Statement(PayerAccount account, LocalDate from, LocalDate to, Som openingBalance, List<Entry> entries,
		Som closingBalance, Arrears arrears) {
}
