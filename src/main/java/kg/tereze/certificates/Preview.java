package kg.tereze.certificates;

import java.util.List;

import kg.tereze.registry.PersonCard;

/**
 * A certificate as it would be issued now: the filled bodies (XHTML fragments), or the problems that
 * stop it, each naming what to fix in the register.
 */
public record Preview(CertificateType type, PersonCard person, String bodyKy, String bodyRu, List<Problem> problems) {

	public record Problem(String field, String messageKey) {
	}

	public boolean issuable() {
		return problems.isEmpty();
	}
}
