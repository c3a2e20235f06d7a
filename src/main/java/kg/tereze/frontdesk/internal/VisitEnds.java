package kg.tereze.frontdesk.internal;

import kg.tereze.certificates.CertificateIssued;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A certificate issued by a clerk ends the visit at their desk, in the issuing transaction: the time
 * from arrival to issue is then exact, and a visit is never left open by a certificate that was.
 */
@Component
class VisitEnds {

	private final VisitorQueue queue;

	VisitEnds(VisitorQueue queue) {
		this.queue = queue;
	}

	@EventListener
	void on(CertificateIssued issued) {
		queue.served(issued.municipalityId(), issued.issuedBy(), issued.number(), issued.issuedAt());
	}
}
