package kg.tereze.municipality;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import kg.tereze.audit.AuditRecord;
import kg.tereze.audit.AuditTrail;
import kg.tereze.municipality.internal.SigningKeyStore;

import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Each municipality's Ed25519 key pair. Certificates carry a signature made with the current key, so
 * that anyone holding the published public key can check one offline. The first signature creates the
 * key; a rotation retires the old key, which stays published.
 */
@Service
public class SigningKeys {

	/** A public key as published: {@code keyId} is printed next to every signature made with it. */
	public record PublicKey(String keyId, long municipalityId, byte[] encoded, Instant createdAt, Instant retiredAt) {

		/** The key as PEM (X.509 SubjectPublicKeyInfo), readable by openssl. */
		public String pem() {
			return "-----BEGIN PUBLIC KEY-----\n" + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(encoded)
					+ "\n-----END PUBLIC KEY-----\n";
		}
	}

	/** A signature and the key that made it. */
	public record Signed(String keyId, byte[] signature) {
	}

	private record Current(String keyId, PrivateKey key) {
	}

	private final SigningKeyStore store;

	private final Municipalities municipalities;

	private final AuditTrail audit;

	private final Clock clock;

	private final Map<Long, Current> current = new ConcurrentHashMap<>();

	private final TransactionTemplate newTransaction;

	SigningKeys(SigningKeyStore store, Municipalities municipalities, AuditTrail audit, Clock clock,
			PlatformTransactionManager transactions) {
		this.store = store;
		this.newTransaction = new TransactionTemplate(transactions);
		this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.municipalities = municipalities;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Signs with the municipality's current key; {@code content} is given the key's id, so that what
	 * is signed names the key that signed it.
	 */
	public Signed sign(long municipalityId, Function<String, byte[]> content) {
		Current key = current.computeIfAbsent(municipalityId, this::loadOrCreate);
		try {
			Signature ed = Signature.getInstance("Ed25519");
			ed.initSign(key.key());
			ed.update(content.apply(key.keyId()));
			return new Signed(key.keyId(), ed.sign());
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("Ed25519 signing failed", e);
		}
	}

	/** Every key this municipality has signed with, the current one first. */
	public List<PublicKey> published(long municipalityId) {
		return store.published(municipalityId);
	}

	/** Every municipality's keys, for the public list. */
	public List<PublicKey> published() {
		return store.published();
	}

	public Optional<PublicKey> find(String keyId) {
		return store.find(keyId);
	}

	/**
	 * Makes the municipality's first key if it has none. Call it outside any transaction: the key is
	 * stored (and audited) in a transaction of its own, which must not wait for the caller's.
	 */
	public void ensureKey(long municipalityId) {
		current.computeIfAbsent(municipalityId, this::loadOrCreate);
	}

	/** Retires the current key and makes a new one: for a suspected leak, or by policy. */
	public PublicKey rotate(long municipalityId) {
		Current created = newTransaction.execute(status -> {
			store.retire(municipalityId, clock.instant());
			return insertNew(municipalityId);
		});
		current.put(municipalityId, created);
		return published(municipalityId).get(0);
	}

	private Current loadOrCreate(long municipalityId) {
		return store.current(municipalityId)
			.map(k -> new Current(k.keyId(), privateKey(k.pkcs8())))
			.orElseGet(() -> create(municipalityId));
	}

	/** In its own transaction: a certificate that fails must not take its municipality's new key with it. */
	private Current create(long municipalityId) {
		return newTransaction.execute(status -> insertNew(municipalityId));
	}

	private Current insertNew(long municipalityId) {
		String code = municipalities.require(municipalityId).code();
		try {
			KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
			String keyId = code + "-" + store.nextSerial(municipalityId);
			if (!store.insert(municipalityId, keyId, pair.getPublic().getEncoded(), pair.getPrivate().getEncoded(),
					clock.instant())) {
				// another node created it at the same moment: use theirs
				return loadOrCreate(municipalityId);
			}
			audit.record(AuditRecord.created("signing_key", keyId, municipalityId,
					Map.of("keyId", keyId, "publicKey", Base64.getEncoder().encodeToString(pair.getPublic().getEncoded()))));
			return new Current(keyId, pair.getPrivate());
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("Ed25519 is not available in this JDK", e);
		}
	}

	private static PrivateKey privateKey(byte[] pkcs8) {
		try {
			return KeyFactory.getInstance("Ed25519").generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("stored Ed25519 key is unreadable", e);
		}
	}
}
