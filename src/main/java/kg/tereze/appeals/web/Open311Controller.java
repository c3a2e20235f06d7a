package kg.tereze.appeals.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import kg.tereze.appeals.internal.Categories;
import kg.tereze.appeals.internal.Category;
import kg.tereze.appeals.internal.NewReport;
import kg.tereze.appeals.internal.ProblemReport;
import kg.tereze.appeals.internal.ProblemReports;
import kg.tereze.appeals.ReportStatus;
import kg.tereze.appeals.internal.ReportUpdate;
import kg.tereze.appeals.internal.Source;
import kg.tereze.appeals.internal.ApiKeyStore;
import kg.tereze.municipality.Municipalities;
import kg.tereze.municipality.Municipality;
import kg.tereze.shared.InvalidInputException;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import static kg.tereze.appeals.web.Open311Body.fields;

/**
 * Open311 GeoReport v2 (and mySociety's servicerequestupdates): the municipality is the
 * {@code jurisdiction_id}, its SOATE code; the categories are the services. Reading is open to anyone
 * and shows nothing personal; posting needs the municipality's {@code api_key}. Errors come as the
 * spec's {@code errors} list with the HTTP code.
 */
@RestController
@RequestMapping("/open311/v2")
class Open311Controller {

	static final int MAX_RESULTS = 1000;

	private final Municipalities municipalities;

	private final Categories categories;

	private final ProblemReports reports;

	private final ApiKeyStore keys;

	private final MessageSource messages;

	private final JsonMapper json;

	private final Clock clock;

	Open311Controller(Municipalities municipalities, Categories categories, ProblemReports reports, ApiKeyStore keys,
			MessageSource messages, JsonMapper json, Clock clock) {
		this.municipalities = municipalities;
		this.categories = categories;
		this.reports = reports;
		this.keys = keys;
		this.messages = messages;
		this.json = json;
		this.clock = clock;
	}

	/** A refusal in Open311's words: the HTTP code and a description. */
	static final class Refused extends RuntimeException {

		final int status;

		Refused(int status, String description) {
			super(description);
			this.status = status;
		}
	}

	@GetMapping("/services.{format}")
	ResponseEntity<String> services(@PathVariable String format, @RequestParam Map<String, String> q, Locale locale) {
		return answer(format, () -> {
			Municipality m = jurisdiction(q);
			List<Map<String, Object>> items = categories.active(m.id()).stream().map(c -> service(c, locale)).toList();
			return new Open311Body("services", "service", items);
		});
	}

	@GetMapping("/services/{code}.{format}")
	ResponseEntity<String> definition(@PathVariable String code, @PathVariable String format, @RequestParam Map<String, String> q) {
		return answer(format, () -> {
			Category c = category(jurisdiction(q), code);
			return new Open311Body("service_definition", "service_definition",
					List.of(fields("service_code", c.code(), "attributes", List.of())));
		});
	}

	@GetMapping("/requests.{format}")
	ResponseEntity<String> requests(@PathVariable String format, @RequestParam Map<String, String> q, Locale locale) {
		return answer(format, () -> {
			Municipality m = jurisdiction(q);
			List<String> numbers = q.get("service_request_id") == null ? List.of()
					: Arrays.stream(q.get("service_request_id").split(",")).map(String::trim).filter(s -> !s.isEmpty()).limit(MAX_RESULTS).toList();
			Long category = q.get("service_code") == null || q.get("service_code").isBlank() ? null
					: category(m, q.get("service_code")).id();
			Instant to = date(q, "end_date").orElse(clock.instant().plusSeconds(60));
			Instant from = date(q, "start_date").orElse(numbers.isEmpty() ? to.minus(Duration.ofDays(90)) : Instant.EPOCH);
			Boolean open = status(q.get("status"));
			Map<Long, Category> cats = categories.byId(m.id());
			List<Map<String, Object>> items = reports.publicSearch(m.id(), numbers, category, from, to, open, MAX_RESULTS)
				.stream().map(r -> request(m, cats.get(r.categoryId()), r, locale)).toList();
			return new Open311Body("service_requests", "request", items);
		});
	}

	@GetMapping("/requests/{id}.{format}")
	ResponseEntity<String> request(@PathVariable String id, @PathVariable String format, @RequestParam Map<String, String> q,
			Locale locale) {
		return answer(format, () -> {
			Municipality m = jurisdiction(q);
			ProblemReport r = reports.publicReport(m.id(), id).orElseThrow(() -> new Refused(404, "service_request_id not found"));
			return new Open311Body("service_requests", "request",
					List.of(request(m, categories.require(m.id(), r.categoryId()), r, locale)));
		});
	}

	@GetMapping("/tokens/{token}.{format}")
	ResponseEntity<String> token(@PathVariable String token, @PathVariable String format, @RequestParam Map<String, String> q) {
		return answer(format, () -> {
			Municipality m = jurisdiction(q);
			ProblemReport r = reports.bySubmission(m.id(), "open311:" + token).orElseThrow(() -> new Refused(404, "token not found"));
			return new Open311Body("service_requests", "request", List.of(fields("service_request_id", r.number(), "token", token)));
		});
	}

	@PostMapping("/requests.{format}")
	ResponseEntity<String> post(@PathVariable String format, @RequestParam Map<String, String> q, Locale locale) {
		return answer(format, () -> {
			Municipality m = jurisdiction(q);
			long keyOwner = keys.municipalityOf(q.get("api_key")).orElseThrow(() -> new Refused(403, "api_key is missing or not valid"));
			if (keyOwner != m.id()) {
				throw new Refused(403, "api_key is not valid for this jurisdiction_id");
			}
			String code = q.get("service_code");
			if (code == null || code.isBlank()) {
				throw new Refused(400, "service_code is required");
			}
			Category category = category(m, code);
			Double lat = coordinate(q, "lat");
			Double lon = coordinate(q, "long");
			String address = q.get("address_string");
			if ((lat == null || lon == null) && (address == null || address.isBlank())) {
				throw new Refused(400, "lat and long, or address_string, are required");
			}
			String token = UUID.randomUUID().toString();
			String name = ((q.getOrDefault("first_name", "") + " " + q.getOrDefault("last_name", "")).trim());
			ProblemReport r;
			try {
				r = reports.file(m.id(), new NewReport(code, q.get("description"), lat, lon, null,
						address == null || address.isBlank() ? null : address.strip(), name.isEmpty() ? null : name,
						blank(q.get("phone")), blank(q.get("email")), List.of(), Source.OPEN311, null, "open311:" + token), null);
			}
			catch (InvalidInputException e) {
				String field = switch (e.field()) {
					case "location" -> "lat/long";
					case "category" -> "service_code";
					default -> e.field();
				};
				throw new Refused(400, field + ": " + messages.getMessage(e.messageKey(), e.args(), e.messageKey(), Locale.ENGLISH));
			}
			return new Open311Body("service_requests", "request", List.of(fields("service_request_id", r.number(), "token", token,
					"service_notice", messages.getMessage("appeals.notify.filed",
							new Object[] { r.number(), category.name().in(locale), category.slaHours() }, locale),
					"account_id", null)));
		}, 201);
	}

	@GetMapping("/servicerequestupdates.{format}")
	ResponseEntity<String> updates(@PathVariable String format, @RequestParam Map<String, String> q) {
		return answer(format, () -> {
			Municipality m = jurisdiction(q);
			Instant to = date(q, "end_date").orElse(clock.instant().plusSeconds(60));
			Instant from = date(q, "start_date").orElse(to.minus(Duration.ofDays(1)));
			List<Map<String, Object>> items = new ArrayList<>();
			for (ReportUpdate u : reports.publicUpdates(m.id(), from, to, MAX_RESULTS)) {
				items.add(fields("update_id", Long.toString(u.id()), "service_request_id", u.number(), "status",
						mySocietyStatus(u.status()), "updated_datetime", iso(u.at()), "description",
						u.note() == null ? "" : u.note(), "media_url", ""));
			}
			return new Open311Body("service_request_updates", "request_update", items);
		});
	}

	private ResponseEntity<String> answer(String format, java.util.function.Supplier<Open311Body> body) {
		return answer(format, body, 200);
	}

	private ResponseEntity<String> answer(String format, java.util.function.Supplier<Open311Body> body, int status) {
		if (!"json".equals(format) && !"xml".equals(format)) {
			return Open311Body.error("json", 404, "format must be json or xml");
		}
		try {
			return body.get().answer(format, status, json);
		}
		catch (Refused r) {
			return Open311Body.error(format, r.status, r.getMessage());
		}
	}

	private Municipality jurisdiction(Map<String, String> q) {
		String id = q.get("jurisdiction_id");
		if (id == null || id.isBlank()) {
			throw new Refused(400, "jurisdiction_id is required");
		}
		return municipalities.findBySoate(id.trim()).filter(Municipality::active)
			.orElseThrow(() -> new Refused(404, "jurisdiction_id not found"));
	}

	private Category category(Municipality m, String code) {
		try {
			return categories.requireActive(m.id(), code, "service_code");
		}
		catch (InvalidInputException e) {
			throw new Refused(404, "service_code not found");
		}
	}

	private static Double coordinate(Map<String, String> q, String field) {
		String v = q.get(field);
		if (v == null || v.isBlank()) {
			return null;
		}
		try {
			double d = Double.parseDouble(v.trim());
			if (!Double.isFinite(d)) {
				throw new NumberFormatException();
			}
			return d;
		}
		catch (NumberFormatException e) {
			throw new Refused(400, field + " is not a number");
		}
	}

	private static Optional<Instant> date(Map<String, String> q, String field) {
		String v = q.get(field);
		if (v == null || v.isBlank()) {
			return Optional.empty();
		}
		try {
			return Optional.of(OffsetDateTime.parse(v.trim()).toInstant());
		}
		catch (DateTimeParseException e) {
			throw new Refused(400, field + " is not a W3C date-time (2026-11-24T10:00:00+06:00)");
		}
	}

	private static Boolean status(String s) {
		if (s == null || s.isBlank() || s.contains("open") && s.contains("closed")) {
			return null;
		}
		return switch (s.trim()) {
			case "open" -> true;
			case "closed" -> false;
			default -> throw new Refused(400, "status is open or closed");
		};
	}

	private Map<String, Object> service(Category c, Locale locale) {
		return fields("service_code", c.code(), "service_name", c.name().in(locale), "description", c.name().in(locale),
				"metadata", false, "type", "realtime", "keywords", "", "group", "");
	}

	private Map<String, Object> request(Municipality m, Category c, ProblemReport r, Locale locale) {
		return fields("service_request_id", r.number(), "status", r.status().open311(), "status_notes",
				r.publicNote() == null ? "" : r.publicNote(), "service_name", c.name().in(locale), "service_code", c.code(),
				"description", r.description(), "agency_responsible", m.name().in(locale), "service_notice", "",
				"requested_datetime", iso(r.createdAt()), "updated_datetime", iso(r.updatedAt()), "expected_datetime",
				iso(r.dueAt()), "address", r.address() == null ? "" : r.address(), "address_id", "", "zipcode", "",
				"lat", r.latitude(), "long", r.longitude(), "media_url", "");
	}

	static String mySocietyStatus(ReportStatus s) {
		return switch (s) {
			case NEW -> "OPEN";
			case ASSIGNED -> "ACTION_SCHEDULED";
			case IN_PROGRESS -> "IN_PROGRESS";
			case RESOLVED -> "FIXED";
			case REJECTED -> "NO_FURTHER_ACTION";
			case CLOSED -> "CLOSED";
		};
	}

	private static String iso(Instant at) {
		return at == null ? "" : OffsetDateTime.ofInstant(at, kg.tereze.shared.Formats.BISHKEK).withNano(0).toString();
	}

	private static String blank(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}
}
