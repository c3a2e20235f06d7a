package kg.tereze.certificates;

import kg.tereze.shared.LocalizedName;

/**
 * A kind of certificate of one municipality: its name in three languages and its body in the two print
 * languages. Built-in types come with every municipality; the others are the municipality's own.
 */
public record CertificateType(long id, long municipalityId, String code, LocalizedName name, String bodyKy,
		String bodyRu, boolean builtIn, boolean active) {

	public CertificateTemplate templateKy() {
		return CertificateTemplate.parse("bodyKy", bodyKy);
	}

	public CertificateTemplate templateRu() {
		return CertificateTemplate.parse("bodyRu", bodyRu);
	}
}
