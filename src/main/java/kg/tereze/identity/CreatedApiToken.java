package kg.tereze.identity;

/** A new token with its secret, shown to the user exactly once. */
public record CreatedApiToken(ApiToken token, String secret) {
}
