package kg.tereze.documents.internal;

import java.time.Instant;

/** A step in a document's history. */
public record DocumentEvent(Instant at, String actor, String kind, String details) {
}
