package kg.tereze.certificates.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import kg.tereze.certificates.CertificateType;
import kg.tereze.certificates.Placeholder;
import kg.tereze.municipality.Municipalities;
import kg.tereze.municipality.Municipality;
import kg.tereze.municipality.Signatories;
import kg.tereze.municipality.Signatory;
import kg.tereze.registry.HouseholdCard;
import kg.tereze.registry.LandPlot;
import kg.tereze.registry.LivestockCount;
import kg.tereze.registry.Member;
import kg.tereze.registry.PersonCard;
import kg.tereze.registry.RegistryQueries;
import kg.tereze.shared.Formats;
import kg.tereze.shared.Tenant;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Reads the household book as of the issue date and writes what a certificate needs, in Kyrgyz and Russian. */
@Component
public class CertificateFacts {

	private static final Locale KY = Locale.forLanguageTag("ky");

	private static final Locale RU = Locale.forLanguageTag("ru");

	private final RegistryQueries registry;

	private final Municipalities municipalities;

	private final Signatories signatories;

	private final MessageSource messages;

	CertificateFacts(RegistryQueries registry, Municipalities municipalities, Signatories signatories,
			MessageSource messages) {
		this.registry = registry;
		this.municipalities = municipalities;
		this.signatories = signatories;
		this.messages = messages;
	}

	public Facts gather(Tenant t, long personId, CertificateType type, String purpose, LocalDate issueDate) {
		long m = t.requireMunicipality();
		Municipality municipality = municipalities.require(m);
		PersonCard person = registry.resident(t, personId);
		Signatory signatory = signatories.current(m).orElse(null);
		List<Facts.Problem> problems = new ArrayList<>();
		if (signatory == null) {
			problems.add(new Facts.Problem("signatory", "certificates.certificate.problem.noSignatory"));
		}
		if (person.deathDate() != null) {
			problems.add(new Facts.Problem("personPin", "certificates.certificate.problem.deceased"));
		}
		if (person.householdId() == null) {
			problems.add(new Facts.Problem("personPin", "certificates.certificate.problem.noHousehold"));
			return new Facts(municipality, person, null, null, null, null, signatory, problems);
		}
		HouseholdCard card = registry.card(t, person.householdId(), issueDate);
		Set<Placeholder> used = EnumSet.noneOf(Placeholder.class);
		used.addAll(type.templateKy().placeholders());
		used.addAll(type.templateRu().placeholders());
		if (card.members().isEmpty()) {
			problems.add(new Facts.Problem("household", "certificates.certificate.problem.noMembers"));
		}
		if (used.stream().anyMatch(p -> p.need() == Placeholder.Need.LAND) && card.land().isEmpty()) {
			problems.add(new Facts.Problem("household", "certificates.certificate.problem.noLand"));
		}
		if (used.stream().anyMatch(p -> p.need() == Placeholder.Need.LIVESTOCK) && card.livestock() == null) {
			problems.add(new Facts.Problem("household", "certificates.certificate.problem.noLivestock"));
		}
		return new Facts(municipality, person, card.household().id(), card.village().id(),
				sheet(KY, municipality, person, card, purpose, issueDate), sheet(RU, municipality, person, card, purpose, issueDate),
				signatory, problems);
	}

	private FactSheet sheet(Locale lang, Municipality municipality, PersonCard person, HouseholdCard card, String purpose,
			LocalDate issueDate) {
		var d = person.data();
		Map<String, String> v = new HashMap<>();
		v.put("person.fullName", d.fullName());
		v.put("person.surname", d.surname());
		v.put("person.givenName", d.givenName());
		v.put("person.patronymic", d.patronymic() == null ? "" : d.patronymic());
		v.put("person.birthDate", Formats.date(d.birthDate()));
		v.put("person.pin", d.pin() == null || d.pin().isBlank() ? "—" : d.pin());
		v.put("person.sex", msg("registry.sex." + d.sex(), lang));
		v.put("person.relation", person.relation() == null ? "" : msg("registry.relation." + person.relation(), lang));
		Member head = card.head();
		v.put("head.fullName", head == null ? "" : head.fullName());
		String village = card.village().name().in(lang);
		String address = card.household().address();
		v.put("household.address", address.isEmpty() ? village : village + ", " + address);
		v.put("household.bookNumber", card.household().bookNumber());
		v.put("household.memberCount", Integer.toString(card.members().size()));
		v.put("village", village);
		v.put("municipality", municipality.name().in(lang));
		v.put("issueDate", Formats.date(issueDate));
		v.put("purpose", purpose == null || purpose.isBlank() ? msg("certificates.certificate.purpose.default", lang) : purpose.strip());
		v.put("land.totalArea", hectares(card.land().stream().map(LandPlot::areaHa).reduce(BigDecimal.ZERO, BigDecimal::add)));
		LivestockCount stock = card.livestock();
		v.put("livestock.year", Integer.toString(stock == null ? issueDate.getYear() : stock.year()));
		v.put("livestock.summary", stock == null ? "" : summary(stock, lang));
		Map<String, FactSheet.Table> tables = new LinkedHashMap<>();
		tables.put("members", members(card, lang));
		tables.put("land", land(card, lang));
		tables.put("livestock", livestock(stock, lang));
		return new FactSheet(v, tables);
	}

	private FactSheet.Table members(HouseholdCard card, Locale lang) {
		List<List<String>> rows = new ArrayList<>();
		int n = 1;
		for (Member m : card.members()) {
			rows.add(List.of(Integer.toString(n++), m.fullName(), msg("registry.relation." + m.relation(), lang),
					Formats.date(m.birthDate()), m.pin() == null ? "" : m.pin()));
		}
		return new FactSheet.Table(headers(lang, "number", "fullName", "relation", "birthDate", "pin"), rows);
	}

	private FactSheet.Table land(HouseholdCard card, Locale lang) {
		List<List<String>> rows = new ArrayList<>();
		int n = 1;
		for (LandPlot plot : card.land()) {
			rows.add(List.of(Integer.toString(n++), plot.cadastralNumber() == null ? "" : plot.cadastralNumber(),
					msg("registry.land.kind." + plot.kind(), lang), msg("registry.land.tenure." + plot.tenure(), lang),
					hectares(plot.areaHa())));
		}
		return new FactSheet.Table(headers(lang, "number", "cadastral", "landKind", "tenure", "area"), rows);
	}

	private FactSheet.Table livestock(LivestockCount c, Locale lang) {
		List<List<String>> rows = new ArrayList<>();
		if (c != null) {
			heads(c).forEach((kind, heads) -> rows.add(List.of(msg("registry.livestock." + kind, lang), Integer.toString(heads))));
		}
		return new FactSheet.Table(headers(lang, "livestockKind", "heads"), rows);
	}

	private String summary(LivestockCount c, Locale lang) {
		List<String> parts = new ArrayList<>();
		heads(c).forEach((kind, heads) -> {
			if (heads > 0) {
				parts.add(msg("registry.livestock." + kind, lang) + " " + heads);
			}
		});
		return parts.isEmpty() ? "—" : String.join(", ", parts);
	}

	/** Heads by kind, in the order the household book lists them (the keys name the messages). */
	private static Map<String, Integer> heads(LivestockCount c) {
		Map<String, Integer> heads = new LinkedHashMap<>();
		heads.put("cattle", c.cattle());
		heads.put("horses", c.horses());
		heads.put("sheepGoats", c.sheepGoats());
		heads.put("yaks", c.yaks());
		heads.put("poultry", c.poultry());
		return heads;
	}

	private List<String> headers(Locale lang, String... keys) {
		List<String> h = new ArrayList<>();
		for (String k : keys) {
			h.add(msg("certificates.certificate.column." + k, lang));
		}
		return h;
	}

	/** {@code 0,25}: hectares with a decimal comma, as on paper. */
	static String hectares(BigDecimal area) {
		return area.stripTrailingZeros().toPlainString().replace('.', ',');
	}

	private String msg(String key, Locale lang) {
		return messages.getMessage(key, null, key, lang);
	}
}
