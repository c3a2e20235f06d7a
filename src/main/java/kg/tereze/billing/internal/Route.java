package kg.tereze.billing.internal;

/** A controller's route through a book's accounts, with how many stops it has. */
public record Route(long id, long bookId, String name, Long controllerId, String controllerName, int stops) {
}
