package kg.tereze.web;

import java.lang.reflect.Method;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import kg.tereze.support.Api;
import kg.tereze.support.RunningApplication;
import kg.tereze.support.TestUsers;
import kg.tereze.support.WebSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.MethodParameter;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Access, proven for every endpoint the application maps, API and pages alike, from its own request
 * mappings: nobody writes a case for a new endpoint. A Karool user without the role the endpoint
 * names gets 403; a user of Razzakov with that role, asking for a record of Karool's, gets 404; and
 * the tables hold as many rows afterwards as before. An endpoint that cannot be covered is listed in
 * {@link #UNCOVERED} with the reason; an endpoint with an id that has no sample in {@link #SAMPLES}
 * fails the test and names itself, so its author adds one line there.
 */
@RunningApplication
class AccessIT {

	/** Reached without a staff sign-in, or by machine clients with their own credentials; proven elsewhere. */
	static final Map<String, String> UNCOVERED = Map.ofEntries(
			Map.entry("/login", "the sign-in page itself"),
			Map.entry("/setup", "the first-run page, gone once anybody exists (FirstRunIT)"),
			Map.entry("/verify", "public verification of certificates (CertificatesIT)"),
			Map.entry("/public", "the public pages (ProblemReportsIT, AppealsJourneyIT)"),
			Map.entry("/open311", "Open311 clients with their api_key (Open311IT)"),
			Map.entry("/webhooks", "messengers, by signature or secret token (MessagingIT)"),
			Map.entry("/api/agents", "payment agents by their own credentials (OsmpIT)"),
			Map.entry("/api/v1/payments", "banks and wallets by agent credentials (PaymentsApiIT)"),
			Map.entry("/error", "the error page"));

	/**
	 * A record of Karool's for each kind of id in a path: a fragment of the pattern, the variable, and
	 * the SQL that finds one ({@code :k} is Karool's id). Ids inside an account's path belong to that
	 * account ({@link #ACCOUNT}: the first account of Karool with a meter).
	 */
	static final String ACCOUNT = "(select a.id from payer_account a join billing_meter m on m.account_id = a.id where a.municipality_id = :k order by a.id limit 1)";

	static final List<String[]> SAMPLES = List.of(
			new String[] { "/meters/{id", "id", "select id::text from billing_meter where account_id = " + ACCOUNT + " order by id limit 1" },
			new String[] { "/subscriptions/{id", "id", "select id::text from billing_subscription where account_id = " + ACCOUNT + " order by id limit 1" },
			new String[] { "}/{id}/", "id", "select id::text from billing_subscription where account_id = " + ACCOUNT + " order by id limit 1" },
			new String[] { "/entries/{id", "id", "select id::text from ledger_entry where account_id = " + ACCOUNT + " order by id limit 1" },
			new String[] { "/routes/{id", "id", "select id::text from billing_route where municipality_id = :k order by id limit 1" },
			new String[] { "/stops/{number", "number", "select a.number from billing_route_stop s join payer_account a on a.id = s.account_id join billing_route r on r.id = s.route_id where r.municipality_id = :k order by s.route_id, s.position limit 1" },
			new String[] { "/routes/{id}/accounts/{number", "number", "select a.number from billing_route_stop s join payer_account a on a.id = s.account_id join billing_route r on r.id = s.route_id where r.municipality_id = :k order by s.route_id, s.position limit 1" },
			new String[] { "accounts/{number", "number", "select number from payer_account where id = " + ACCOUNT },
			new String[] { "/periods/{bookId", "bookId", "select id::text from ledger_book where municipality_id = :k order by id limit 1" },
			new String[] { "/books/{bookId", "bookId", "select id::text from ledger_book where municipality_id = :k and enterprise_id is not null order by id limit 1" },
			new String[] { "/books/{id", "id", "select id::text from ledger_book where municipality_id = :k order by id limit 1" },
			new String[] { "/services/{code", "code", "select code from billing_service where municipality_id = :k order by id limit 1" },
			new String[] { "/frontdesk/services/{id", "id", "select id::text from frontdesk_service where municipality_id = :k order by id limit 1" },
			new String[] { "/users/{id", "id", "select id::text from staff_user where username = 'karool.clerk'" },
			new String[] { "/tokens/{id", "id", "select t.id::text from api_token t join staff_user u on u.id = t.user_id where u.username = 'karool.clerk' order by t.id limit 1" },
			new String[] { "/open311-keys/{id", "id", "select id::text from appeals_api_key where municipality_id = :k order by id limit 1" },
			new String[] { "/reports/{number", "number", "select number from appeals_report where municipality_id = :k order by id limit 1" },
			new String[] { "/threads/{id", "id", "select id::text from appeals_thread where municipality_id = :k order by id limit 1" },
			new String[] { "/categories/{id", "id", "select id::text from appeals_category where municipality_id = :k order by id limit 1" },
			new String[] { "/notices/{id", "id", "select id::text from billing_notice_batch where municipality_id = :k order by created_at limit 1" },
			new String[] { "/runs/{id", "id", "select id::text from billing_run where municipality_id = :k order by created_at limit 1" },
			new String[] { "/receipts/{number", "number", "select receipt_number from payment where municipality_id = :k order by id limit 1" },
			// codes are each municipality's own names: only one that Razzakov does not also use proves anything
			new String[] { "/certificate-types/{code", "code", "select code from certificate_type where municipality_id = :k and code not in (select code from certificate_type where municipality_id <> :k) order by id limit 1" },
			new String[] { "/types/{code", "code", "select code from certificate_type where municipality_id = :k and code not in (select code from certificate_type where municipality_id <> :k) order by id limit 1" },
			new String[] { "/certificates/{number", "number", "select number from certificate where municipality_id = :k order by id limit 1" },
			new String[] { "/applications/{number", "number", "select number from frontdesk_application where municipality_id = :k order by id limit 1" },
			new String[] { "/visits/{id", "id", "select id::text from frontdesk_visit where municipality_id = :k order by id limit 1" },
			new String[] { "/channels/{id", "id", "select id::text from messaging_channel where municipality_id = :k order by id limit 1" },
			new String[] { "/media/{code", "code", "select code from messaging_media where municipality_id = :k order by id limit 1" },
			new String[] { "/reconciliations/{id", "id", "select id::text from agent_reconciliation where municipality_id = :k order by id limit 1" },
			new String[] { "/refunds/{number", "number", "select number from refund where municipality_id = :k order by id limit 1" },
			new String[] { "/households/{id}/land/{plotId", "plotId", "select id::text from land_plot where municipality_id = :k order by id limit 1" },
			new String[] { "/households/{id", "id", "select household_id::text from land_plot where municipality_id = :k order by id limit 1" },
			new String[] { "/persons/{id", "id", "select id::text from person where municipality_id = :k order by id limit 1" },
			new String[] { "/import/jobs/{id", "id", "select id::text from registry_import_job where municipality_id = :k order by created_at limit 1" },
			new String[] { "/assignments/{id", "id", "select id::text from documents_assignment where municipality_id = :k order by id limit 1" },
			new String[] { "/documents/{id", "id", "select id::text from documents_document where municipality_id = :k order by id limit 1" },
			new String[] { "/notices/{month", "month", "select to_char(current_date - interval '1 month', 'YYYY-MM')" });

	/**
	 * Ids that name no record of a municipality: a system-wide record, one of the user's own, or a name
	 * each municipality gives its own records (PUT of a certificate type's code adds that type to the
	 * user's own municipality, which is what it is for; every municipality has journals of the same codes,
	 * and a journal's code names the user's own).
	 */
	static final Set<String> SYSTEM_WIDE = Set.of("/api/v1/agents/{code", "/sysadmin/", "/api/v1/tokens/{id", "/profile/tokens/{id",
			"PUT /api/v1/certificate-types/{code}", "/documents/journals/{code");

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	/** One handler at one path with one method, and the roles it names (none: any signed-in staff member). */
	record Endpoint(RequestMethod method, String pattern, HandlerMethod handler, Set<String> roles) {

		boolean api() {
			return pattern.startsWith("/api/");
		}

		@Override
		public String toString() {
			return method + " " + pattern;
		}
	}

	static final Pattern ROLE = Pattern.compile("'([A-Z_]+)'");

	List<Endpoint> endpoints() {
		List<Endpoint> out = new ArrayList<>();
		for (Map.Entry<RequestMappingInfo, HandlerMethod> e : mappings.getHandlerMethods().entrySet()) {
			HandlerMethod h = e.getValue();
			if (!h.getBeanType().getName().startsWith("kg.tereze.")) {
				continue;
			}
			Set<RequestMethod> methods = e.getKey().getMethodsCondition().getMethods();
			for (String pattern : e.getKey().getPatternValues()) {
				if (UNCOVERED.keySet().stream().anyMatch(p -> pattern.equals(p) || pattern.startsWith(p + "/") || pattern.startsWith(p + "."))) {
					continue;
				}
				for (RequestMethod m : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
					out.add(new Endpoint(m, pattern, h, roles(h)));
				}
			}
		}
		out.sort((a, b) -> a.toString().compareTo(b.toString()));
		return out;
	}

	/** The roles the rule lets in; a role the rule shuts out ({@code !hasRole('SYSTEM_ADMIN')}) is written {@code !SYSTEM_ADMIN}. */
	static Set<String> roles(HandlerMethod h) {
		PreAuthorize p = AnnotatedElementUtils.findMergedAnnotation(h.getMethod(), PreAuthorize.class);
		if (p == null) {
			p = AnnotatedElementUtils.findMergedAnnotation(h.getBeanType(), PreAuthorize.class);
		}
		Set<String> roles = new TreeSet<>();
		if (p != null) {
			Matcher m = RULE.matcher(p.value());
			while (m.find()) {
				Matcher r = ROLE.matcher(m.group(3));
				while (r.find()) {
					roles.add((m.group(1).isEmpty() ? "" : "!") + r.group(1));
				}
			}
		}
		return roles;
	}

	static final Pattern RULE = Pattern.compile("(!?)(hasRole|hasAnyRole)\\(([^)]*)\\)");

	/** A user the rule shuts out: a Karool user holding none of the roles it lets in, or one it names as shut out. */
	static String outsider(Endpoint e) {
		Set<String> allowed = new TreeSet<>();
		for (String r : e.roles()) {
			if (r.startsWith("!")) {
				return "SYSTEM_ADMIN".equals(r.substring(1)) ? "sysadmin" : null;
			}
			allowed.add(r);
		}
		return KAROOL_USERS.stream().filter(u -> !allowed.contains(u.substring(u.indexOf('.') + 1).toUpperCase()))
			.findFirst().orElse(null);
	}

	/** A value of the parameter's type, so that the request reaches the security check instead of a 400. */
	/** A value of the type that also matches the variable's pattern, if it has one. */
	static String dummy(Class<?> type, String regex) {
		if (regex != null) {
			for (String candidate : List.of("12345678", "KAR-2026-000001", "x1")) {
				if (candidate.matches(regex)) {
					return candidate;
				}
			}
		}
		return dummy(type);
	}

	static String dummy(Class<?> type) {
		if (type == long.class || type == Long.class || type == int.class || type == Integer.class
				|| Number.class.isAssignableFrom(type) || type == double.class) {
			return "1";
		}
		if (type == UUID.class) {
			return UUID.randomUUID().toString();
		}
		if (type == LocalDate.class) {
			return "2026-01-01";
		}
		if (type == YearMonth.class) {
			return "2026-01";
		}
		if (type.isEnum()) {
			return type.getEnumConstants()[0].toString();
		}
		if (type == boolean.class || type == Boolean.class) {
			return "true";
		}
		return "x1";
	}

	String path(Endpoint e, Map<String, String> values) {
		Method method = e.handler().getMethod();
		Map<String, Class<?>> types = new LinkedHashMap<>();
		StringBuilder query = new StringBuilder();
		for (MethodParameter p : e.handler().getMethodParameters()) {
			PathVariable pv = p.getParameterAnnotation(PathVariable.class);
			if (pv != null) {
				String name = !pv.value().isEmpty() ? pv.value() : !pv.name().isEmpty() ? pv.name() : p.getParameterName();
				types.put(name, p.getParameterType());
			}
			RequestParam rp = p.getParameterAnnotation(RequestParam.class);
			if (rp != null && rp.required() && RequestParam.class.cast(rp).defaultValue().equals(org.springframework.web.bind.annotation.ValueConstants.DEFAULT_NONE)
					&& !Map.class.isAssignableFrom(p.getParameterType()) && !MultipartFile.class.isAssignableFrom(p.getParameterType())) {
				String name = !rp.value().isEmpty() ? rp.value() : !rp.name().isEmpty() ? rp.name() : p.getParameterName();
				query.append(query.isEmpty() ? "?" : "&").append(name).append('=').append(dummy(p.getParameterType()));
			}
		}
		String path = fill(e.pattern(), (name, regex) -> {
			String value = values.get(name);
			if (value == null) {
				value = sample(e, name);
			}
			return value != null && !value.isEmpty() ? value : dummy(types.getOrDefault(name, String.class), regex);
		});
		return path + query + (method == null ? "" : "");
	}

	static List<String> variables(Endpoint e) {
		List<String> names = new ArrayList<>();
		fill(e.pattern(), (name, regex) -> {
			names.add(name);
			return "";
		});
		return names;
	}

	/** The pattern with each variable (its name, and its regex or null) replaced; braces inside a regex are counted. */
	static String fill(String pattern, java.util.function.BiFunction<String, String, String> value) {
		StringBuilder out = new StringBuilder();
		int depth = 0;
		int start = -1;
		for (int i = 0; i < pattern.length(); i++) {
			char c = pattern.charAt(i);
			if (c == '{' && depth++ == 0) {
				start = i;
			}
			else if (c == '}' && --depth == 0) {
				String[] parts = pattern.substring(start + 1, i).split(":", 2);
				out.append(value.apply(parts[0], parts.length > 1 ? parts[1] : null));
			}
			else if (depth == 0) {
				out.append(c);
			}
		}
		return out.toString();
	}

	final Map<String, String> samples = new LinkedHashMap<>();

	/** A kind of record Karool has none of yet. */
	static final String NONE = "";

	/** A record of Karool's for the variable, from {@link #SAMPLES}; null when none is listed. */
	String sample(Endpoint e, String name) {
		for (String[] s : SAMPLES) {
			if (e.pattern().contains(s[0]) && s[1].equals(name)) {
				return samples.computeIfAbsent(s[2], sql -> jdbc.sql(sql).param("k", karool()).query(String.class).optional()
					.orElse(NONE));
			}
		}
		return null;
	}

	long karool() {
		return jdbc.sql("select id from municipality where soate_code = '41706255832000'").query(Long.class).single();
	}

	static boolean multipart(Endpoint e) {
		for (MethodParameter p : e.handler().getMethodParameters()) {
			if (MultipartFile.class.isAssignableFrom(p.getParameterType())
					|| (p.getParameterType() == List.class && p.getGenericParameterType().getTypeName().contains("MultipartFile"))) {
				return true;
			}
		}
		return false;
	}

	/** Fields for a form bound to a record ({@code @ModelAttribute}), each a value of its type, so binding succeeds. */
	static Map<String, String> form(Endpoint e) {
		Map<String, String> form = new LinkedHashMap<>();
		for (MethodParameter p : e.handler().getMethodParameters()) {
			Class<?> type = p.getParameterType();
			if (p.hasParameterAnnotation(org.springframework.web.bind.annotation.ModelAttribute.class) && type.isRecord()) {
				for (var c : type.getRecordComponents()) {
					form.put(c.getName(), dummy(c.getType()));
				}
			}
		}
		return form;
	}

	/**
	 * A body of the right shape, each field a value of its type, so that the request gets past reading
	 * and checking its input to the point where the record is looked up.
	 */
	static String body(Endpoint e) {
		for (MethodParameter p : e.handler().getMethodParameters()) {
			if (p.hasParameterAnnotation(RequestBody.class)) {
				return json(p.getParameterType());
			}
		}
		return "{}";
	}

	static String json(Class<?> type) {
		if (java.util.Collection.class.isAssignableFrom(type)) {
			return "[]";
		}
		if (!type.isRecord()) {
			return "{}";
		}
		StringBuilder out = new StringBuilder("{");
		for (var c : type.getRecordComponents()) {
			Class<?> t = c.getType();
			String value;
			if (java.util.Collection.class.isAssignableFrom(t)) {
				value = "[]";
			}
			else if (t.isRecord()) {
				value = json(t);
			}
			else if (Number.class.isAssignableFrom(t) || t.isPrimitive() || t == Boolean.class) {
				value = dummy(t);
			}
			else {
				value = "\"" + dummy(t) + "\"";
			}
			out.append(out.length() > 1 ? ", " : "").append('"').append(c.getName()).append("\": ").append(value);
		}
		return out.append('}').toString();
	}

	/** The status the endpoint answers the user; pages go through a signed-in browser session. */
	int status(Endpoint e, String user, String path, Map<String, WebSession> sessions) {
		if (e.api()) {
			Api api = new Api(port, Api.demoToken(user));
			if (user.startsWith("t")) {
				api = new Api(port, tokens.get(user));
			}
			Api.Reply r = switch (e.method()) {
				case GET -> api.get(path);
				case POST -> multipart(e) ? api.upload(path, "x.csv", new byte[] { 'x' }) : api.post(path, body(e));
				case PUT -> api.put(path, body(e));
				case DELETE -> api.delete(path);
				default -> throw new IllegalStateException(e.toString());
			};
			lastBody = r.body();
			return r.status();
		}
		WebSession web = sessions.computeIfAbsent(user, u -> WebSession.signedIn(port, u,
				u.startsWith("t") ? TestUsers.PASSWORD : "demo"));
		return switch (e.method()) {
			case GET -> web.get(path).statusCode();
			case POST -> {
				web.get("/profile");
				HttpResponse<String> r = multipart(e) ? web.postMultipart(path, Map.of(), "file", List.of(new byte[] { 'x' }))
						: web.post(path, form(e));
				yield r.statusCode();
			}
			default -> throw new IllegalStateException(e.toString());
		};
	}

	final Map<String, String> tokens = new LinkedHashMap<>();

	/** What the last API call answered, to say why an endpoint failed. */
	String lastBody = "";

	/** Rows in every table: a refused request adds and removes none. Sessions are the browser's own business. */
	Map<String, Long> snapshot() {
		Map<String, Long> rows = new LinkedHashMap<>();
		for (String table : jdbc.sql("""
				select tablename from pg_tables where schemaname = 'public'
				   and tablename not like 'spring_session%' and tablename not in ('event_publication', 'flyway_schema_history')
				 order by tablename""").query(String.class).list()) {
			// signing the test's users in is audited, as it should be; nothing else may be
			String where = table.equals("audit_entry") ? " where entity_type <> 'session'" : "";
			rows.put(table, jdbc.sql("select count(*) from " + table + where).query(Long.class).single());
		}
		return rows;
	}

	static final List<String> KAROOL_USERS = List.of("karool.admin", "karool.head", "karool.clerk", "karool.registrar",
			"karool.accountant", "karool.cashier", "karool.controller", "karool.auditor", "karool.records");

	/**
	 * Karool gets one of each record the demo does not make, so that those endpoints are tried too: a
	 * receipt, a certificate, a type only Karool has and a refund (through the API, as staff make
	 * them), a notice batch and an import job (as rows, finished, so that no worker picks them up), a
	 * messenger thread, a photo and an agent's checked statement (as rows).
	 */
	@BeforeEach
	void karoolHasOneOfEach() {
		long k = karool();
		if (jdbc.sql("select count(*) from payment where municipality_id = ?").param(k).query(Long.class).single() == 0) {
			Api cashier = new Api(port, Api.demoToken("karool.cashier"));
			cashier.post("/api/v1/cash/shifts", "{\"openingFloat\": \"0\"}");
			String account = jdbc.sql("select number from payer_account where municipality_id = ? order by id limit 1").param(k)
				.query(String.class).single();
			Api.Reply paid = cashier.send(cashier.builder("/api/v1/cash/payments").header("Content-Type", "application/json")
				.header("Idempotency-Key", UUID.randomUUID().toString())
				.POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"account\": \"" + account + "\", \"amount\": \"10\"}")));
			assertThat(paid.status()).as(paid.body()).isEqualTo(201);
		}
		if (jdbc.sql("select count(*) from certificate where municipality_id = ?").param(k).query(Long.class).single() == 0) {
			long person = jdbc.sql("""
					select p.id from person p join membership m on m.person_id = p.id and m.valid_to is null
					 where p.municipality_id = ? and p.death_date is null order by p.id limit 1""").param(k).query(Long.class).single();
			Api.Reply issued = new Api(port, Api.demoToken("karool.clerk")).post("/api/v1/certificates",
					"{\"type\": \"RESIDENCE\", \"personId\": " + person + ", \"purpose\": \"access test\"}");
			assertThat(issued.status()).as(issued.body()).isEqualTo(201);
		}
		if (jdbc.sql("""
				select count(*) from certificate_type where municipality_id = ?
				   and code not in (select code from certificate_type where municipality_id <> ?)""").params(k, k)
			.query(Long.class).single() == 0) {
			// a type only Karool has, so that a type's code in a path is tried against Razzakov too
			var bodies = jdbc.sql("select body_ky, body_ru from certificate_type where municipality_id = ? and code = 'RESIDENCE'")
				.param(k).query((rs, n) -> new String[] { rs.getString(1), rs.getString(2) }).single();
			Api.Reply saved = new Api(port, Api.demoToken("karool.admin")).put("/api/v1/certificate-types/KAROOL_ONLY",
					"{\"nameKy\": \"Кароол гана\", \"nameRu\": \"Только Кароол\", \"nameEn\": \"Karool only\", \"bodyKy\": "
							+ quoted(bodies[0]) + ", \"bodyRu\": " + quoted(bodies[1]) + ", \"active\": true}");
			assertThat(saved.status()).as(saved.body()).isEqualTo(200);
		}
		jdbc.sql("""
				insert into appeals_thread (municipality_id, channel, channel_id, address, last_message_at)
				select c.municipality_id, c.kind, c.id, '996700000001', now() from messaging_channel c
				 where c.municipality_id = ? and not exists (select 1 from appeals_thread t where t.municipality_id = ?)
				 order by c.id limit 1""").params(k, k).update();
		jdbc.sql("""
				insert into messaging_media (municipality_id, code, mime_type, size_bytes, content, created_at)
				select ?, 'access-test-' || md5(random()::text), 'image/png', 1, '\\x00'::bytea, now()
				 where not exists (select 1 from messaging_media m where m.municipality_id = ?)""").params(k, k).update();
		jdbc.sql("""
				insert into agent_reconciliation (municipality_id, agent_id, day, file_name, file_sha256, uploaded_by, uploaded_at,
				                                  rows_in_file, other_rows, matched, matched_amount, missing_here, missing_there,
				                                  mismatched, bad_rows)
				select ?, a.id, current_date - 1, 'statement.csv', md5(random()::text), 0, now(), 0, 0, 0, 0, 0, 0, 0, 0
				  from payment_agent a where a.code = 'demo-terminal'
				   and not exists (select 1 from agent_reconciliation r where r.municipality_id = ?)""").params(k, k).update();
		if (jdbc.sql("select count(*) from refund where municipality_id = ?").param(k).query(Long.class).single() == 0) {
			String inCredit = jdbc.sql("""
					select a.number from payer_account a join ledger_entry e on e.account_id = a.id
					 where a.municipality_id = ? group by a.id, a.number having sum(e.amount) < -100 order by a.id limit 1""")
				.param(k).query(String.class).single();
			Api.Reply refund = new Api(port, Api.demoToken("karool.accountant")).post("/api/v1/refunds", """
					{"account": "%s", "amount": "1", "reason": "access test", "basis": "application 1", "recipientName": "Тест"}"""
				.formatted(inCredit));
			assertThat(refund.status()).as(refund.body()).isEqualTo(201);
		}
		jdbc.sql("""
				insert into billing_notice_batch (id, book_id, municipality_id, month, format, status, started_by, started_by_name,
				                                  created_at, updated_at)
				select gen_random_uuid(), b.id, b.municipality_id, date_trunc('month', current_date), 'A4', 'FAILED', 0, 'test', now(), now()
				  from ledger_book b where b.municipality_id = ? and b.enterprise_id is not null
				   and not exists (select 1 from billing_notice_batch n where n.municipality_id = ?) limit 1""").params(k, k).update();
		jdbc.sql("""
				insert into registry_import_job (id, municipality_id, user_id, username, upload_id, mode, language, status,
				                                 created_at, updated_at)
				select gen_random_uuid(), ?, 0, 'test', gen_random_uuid(), 'VALID_ROWS', 'ru', 'FAILED', now(), now()
				 where not exists (select 1 from registry_import_job j where j.municipality_id = ?)""").params(k, k).update();
	}

	static String quoted(String text) {
		return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
	}

	@Test
	void aUserWithoutTheRoleAnEndpointNamesIsRefused() {
		Map<String, Long> before = snapshot();
		Map<String, WebSession> sessions = new LinkedHashMap<>();
		List<String> wrong = new ArrayList<>();
		int checked = 0;
		for (Endpoint e : endpoints()) {
			String user = e.roles().isEmpty() ? null : outsider(e);
			if (user == null) {
				continue;
			}
			int status = status(e, user, path(e, Map.of()), sessions);
			checked++;
			if (status != 403) {
				wrong.add(e + " as " + user + ": " + status + (e.api() ? " " + lastBody : ""));
			}
		}
		assertThat(wrong).as("endpoints that did not refuse a user without their role").isEmpty();
		assertThat(checked).isGreaterThan(100);
		assertThat(snapshot()).isEqualTo(before);
	}

	/** A user of Razzakov holding the role: a demo user where there is one, else one made for the test. */
	String razzakovWith(Set<String> roles) {
		String role = roles.stream().filter(r -> !r.startsWith("!")).findFirst().orElse("CLERK");
		return razzakovUsers.computeIfAbsent(role, r -> {
			TestUsers.Created u = TestUsers.create(port, "razzakov.admin", r);
			String token = "test-" + UUID.randomUUID();
			jdbc.sql("insert into api_token (user_id, name, token_hash, prefix, created_at) values (?, 'access test', encode(sha256(convert_to(?, 'UTF8')), 'hex'), ?, now())")
				.params(u.id(), token, token.substring(0, 8)).update();
			tokens.put(u.username(), token);
			return u.username();
		});
	}

	final Map<String, String> razzakovUsers = new LinkedHashMap<>();

	@Test
	void anotherMunicipalitysRecordIsNotFound() {
		endpoints().stream().filter(e -> !e.roles().contains("SYSTEM_ADMIN")).forEach(e -> razzakovWith(e.roles()));
		Map<String, Long> before = snapshot();
		Map<String, WebSession> sessions = new LinkedHashMap<>();
		List<String> wrong = new ArrayList<>();
		List<String> unsampled = new ArrayList<>();
		List<String> noRecord = new ArrayList<>();
		int checked = 0;
		for (Endpoint e : endpoints()) {
			List<String> names = variables(e);
			if (names.isEmpty() || SYSTEM_WIDE.stream().anyMatch(x -> e.pattern().contains(x) || e.toString().equals(x))
					|| e.roles().equals(Set.of("SYSTEM_ADMIN"))) {
				continue;
			}
			Map<String, String> values = new LinkedHashMap<>();
			for (String name : names) {
				String value = sample(e, name);
				if (value == null) {
					unsampled.add(e + " {" + name + "}");
				}
				else if (value.isEmpty()) {
					noRecord.add(e + " {" + name + "}");
				}
				else {
					values.put(name, value);
				}
			}
			if (values.size() != names.size()) {
				continue;
			}
			int status = status(e, razzakovWith(e.roles()), path(e, values), sessions);
			checked++;
			if (status != 404) {
				wrong.add(e + " " + path(e, values) + ": " + status + (e.api() ? " " + lastBody : ""));
			}
		}
		assertThat(unsampled).as("ids without a sample of Karool's: add one line to SAMPLES").isEmpty();
		assertThat(wrong).as("endpoints that showed Razzakov a record of Karool's").isEmpty();
		assertThat(noRecord).as("kinds of record Karool has none of: make one in karoolHasOneOfEach").isEmpty();
		assertThat(checked).isGreaterThan(140);
		assertThat(snapshot()).isEqualTo(before);
	}
}
