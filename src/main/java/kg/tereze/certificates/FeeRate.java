package kg.tereze.certificates;

import java.time.LocalDate;
import java.util.Set;

import kg.tereze.shared.Som;

/** The fee of a certificate type from a date, and who is exempt. A zero fee means the certificate is free. */
public record FeeRate(String typeCode, Som fee, Set<Exemption> exemptions, LocalDate validFrom) {

	public static FeeRate free(String typeCode) {
		return new FeeRate(typeCode, Som.ZERO, Set.of(), null);
	}

	public boolean free() {
		return fee.tyiyn() == 0;
	}
}
