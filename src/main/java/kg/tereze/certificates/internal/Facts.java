package kg.tereze.certificates.internal;

import java.util.List;

import kg.tereze.municipality.Municipality;
import kg.tereze.municipality.Signatory;
import kg.tereze.registry.PersonCard;

/**
 * Everything a certificate is filled from, gathered before a number is taken. {@code problems} are
 * message keys (with a field) saying what to fix in the register; with any, nothing is issued.
 */
public record Facts(Municipality municipality, PersonCard person, Long householdId, Long villageId,
		FactSheet ky, FactSheet ru, Signatory signatory, List<Problem> problems) {

	public record Problem(String field, String messageKey) {
	}

	public boolean issuable() {
		return problems.isEmpty();
	}
}
