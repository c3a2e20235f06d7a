package kg.tereze.audit.internal;

import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;


import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Re-computes the hash chains. An entry changed in the database no longer matches its hash; a
 * deleted or inserted one breaks the link to its neighbour.
 */
@Service
public class AuditVerifier {

	private final AuditEntries entries;

	AuditVerifier(AuditEntries entries) {
		this.entries = entries;
	}

	/** @param chain a municipality's chain, 0 for the system chain, null for all of them */
	@Transactional(readOnly = true)
	public ChainVerification verify(Long chain) {
		AtomicLong checked = new AtomicLong();
		AtomicReference<ChainVerification> broken = new AtomicReference<>();
		AtomicReference<AuditEntry> previous = new AtomicReference<>();
		entries.forEachInChainOrder(chain, entry -> {
			if (broken.get() != null) {
				return;
			}
			AuditEntry prev = previous.get();
			String expectedPrev = prev != null && prev.chainKey() == entry.chainKey() ? prev.hash() : ChainHash.GENESIS;
			if (!expectedPrev.equals(entry.prevHash())) {
				broken.set(ChainVerification.broken(checked.get(), entry.id(), "link"));
			}
			else if (!entry.expectedHash().equals(entry.hash())) {
				broken.set(ChainVerification.broken(checked.get(), entry.id(), "content"));
			}
			else {
				checked.incrementAndGet();
			}
			previous.set(entry);
		});
		return broken.get() != null ? broken.get() : ChainVerification.ok(checked.get());
	}
}
