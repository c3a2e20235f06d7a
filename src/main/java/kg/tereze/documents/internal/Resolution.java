package kg.tereze.documents.internal;

import java.time.LocalDate;
import java.util.List;

/**
 * The head's resolution: the instruction, the deadline (the document's term when not given), the
 * responsible executor and the co-executors.
 */
public record Resolution(String instruction, LocalDate dueOn, Long responsible, List<Long> coExecutors) {
}
