package kg.tereze.identity;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import kg.tereze.audit.AuditRecord;
import kg.tereze.audit.AuditTrail;
import kg.tereze.identity.internal.ApiTokenRepository;
import kg.tereze.identity.internal.TokenHash;
import kg.tereze.identity.internal.TokenPrincipalCache;
import kg.tereze.shared.InvalidInputException;
import kg.tereze.shared.NotFoundException;
import kg.tereze.shared.RandomCodes;
import kg.tereze.shared.Tenant;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Personal API tokens for scripts and integrations: {@code Authorization: Bearer trz_...}. */
@Service
public class ApiTokens {

	private final ApiTokenRepository repository;

	private final AuditTrail audit;

	private final Clock clock;

	private final TokenPrincipalCache principals;

	ApiTokens(ApiTokenRepository repository, AuditTrail audit, Clock clock, TokenPrincipalCache principals) {
		this.principals = principals;
		this.repository = repository;
		this.audit = audit;
		this.clock = clock;
	}

	public List<ApiToken> of(Tenant me) {
		return repository.ofUser(me.userId());
	}

	@Transactional
	public CreatedApiToken create(Tenant me, String name) {
		return create(me.userId(), me.municipalityId(), name, "trz_" + RandomCodes.urlSafe(32));
	}

	/** With a given secret: only for demo users, whose tokens the README lists. */
	@Transactional
	public CreatedApiToken create(long userId, Long municipalityId, String name, String secret) {
		String label = name == null ? "" : name.trim();
		if (label.isEmpty() || label.length() > 100) {
			throw new InvalidInputException("name", "identity.error.tokenName");
		}
		String hash = TokenHash.of(secret);
		long id = repository.insert(userId, label, hash, secret.substring(0, Math.min(8, secret.length())), clock.instant());
		ApiToken token = repository.find(userId, id).orElseThrow();
		audit.record(AuditRecord.created("api_token", id, municipalityId, Map.of("name", label, "prefix", token.prefix())));
		return new CreatedApiToken(token, secret);
	}

	public boolean exists(String secret) {
		return repository.existsHash(TokenHash.of(secret));
	}

	@Transactional
	public void revoke(Tenant me, long tokenId) {
		ApiToken token = repository.find(me.userId(), tokenId).orElseThrow(() -> new NotFoundException("token"));
		repository.revoke(token.id(), clock.instant());
		principals.evictUser(me.userId());
		audit.record(AuditRecord.updated("api_token", tokenId, me.municipalityId(), Map.of("revoked", false),
				Map.of("revoked", true)));
	}
}
