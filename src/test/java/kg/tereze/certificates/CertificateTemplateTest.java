package kg.tereze.certificates;

import kg.tereze.shared.InvalidInputException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CertificateTemplateTest {

	@Test
	void paragraphsAreSplitOnEmptyLinesAndPlaceholdersFound() {
		CertificateTemplate t = CertificateTemplate.parse("bodyRu", """
				Дана {{ person.fullName }}, ПИН {{person.pin}}.

				{{members}}

				Для: {{purpose}}""");
		assertThat(t.paragraphs()).hasSize(3);
		assertThat(t.paragraphs().get(1)).isEqualTo(new CertificateTemplate.Block(Placeholder.MEMBERS));
		assertThat(t.placeholders()).containsExactlyInAnyOrder(Placeholder.PERSON_FULL_NAME, Placeholder.PERSON_PIN,
				Placeholder.MEMBERS, Placeholder.PURPOSE);
	}

	@Test
	void anUnknownPlaceholderIsNamedInTheError() {
		assertThatThrownBy(() -> CertificateTemplate.parse("bodyKy", "Аты: {{person.nickname}}"))
			.isInstanceOfSatisfying(InvalidInputException.class, e -> {
				assertThat(e.field()).isEqualTo("bodyKy");
				assertThat(e.messageKey()).isEqualTo("certificates.certificate.template.unknownPlaceholder");
				assertThat(e.args()).containsExactly("person.nickname");
			});
	}

	@Test
	void aTableMustStandAlone() {
		assertThatThrownBy(() -> CertificateTemplate.parse("bodyRu", "Состав: {{members}}"))
			.isInstanceOfSatisfying(InvalidInputException.class,
					e -> assertThat(e.messageKey()).isEqualTo("certificates.certificate.template.blockAlone"));
	}

	@Test
	void unpairedBracesAndEmptyTextAreRefused() {
		assertThatThrownBy(() -> CertificateTemplate.parse("bodyRu", "Дана {{person.fullName"))
			.isInstanceOfSatisfying(InvalidInputException.class,
					e -> assertThat(e.messageKey()).isEqualTo("certificates.certificate.template.braces"));
		assertThatThrownBy(() -> CertificateTemplate.parse("bodyRu", "  \n "))
			.isInstanceOfSatisfying(InvalidInputException.class,
					e -> assertThat(e.messageKey()).isEqualTo("certificates.certificate.template.empty"));
	}

	@Test
	void theBuiltInTemplatesAllParse() {
		CertificateTemplate.parse("bodyKy", "{{land}}\n\n{{livestock}}\n\n{{land.totalArea}} {{livestock.summary}}");
		assertThat(Placeholder.byKey("land").orElseThrow().need()).isEqualTo(Placeholder.Need.LAND);
		assertThat(Placeholder.byKey("land.totalArea").orElseThrow().need()).isEqualTo(Placeholder.Need.NOTHING);
	}

	@Test
	void thePurposeIsOneLineOfAtMost300Characters() {
		assertThat(Certificates.purpose("  в\nбанк  ")).isEqualTo("в банк");
		assertThat(Certificates.purpose("   ")).isNull();
		assertThatThrownBy(() -> Certificates.purpose("x".repeat(301))).isInstanceOf(InvalidInputException.class);
	}
}
