package kg.tereze.identity.internal.demo;

import kg.tereze.identity.internal.StaffUserRepository;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import kg.tereze.identity.ApiTokens;
import kg.tereze.identity.Role;
import kg.tereze.municipality.Enterprise;
import kg.tereze.municipality.Municipalities;
import kg.tereze.municipality.Municipality;
import kg.tereze.shared.DemoData;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo users {@code <place>.<role>}, all with password {@code demo} and an API token
 * {@code demo-<place>-<role>} (listed in the README). Adds only the users that are missing.
 */
@DemoData
@Order(200)
class DemoStaff implements ApplicationRunner {

	static final String PASSWORD = "demo";

	private record Demo(String username, String fullName, String municipalitySoate, String enterpriseCode, Role role) {
	}

	private static final String KAROOL = "41706255832000";

	private static final String RAZZAKOV = "41705236610010";

	private static final List<Demo> USERS = List.of(
			new Demo("sysadmin", "Системный администратор", null, null, Role.SYSTEM_ADMIN),
			new Demo("karool.admin", "Айбек Токтосунов", KAROOL, null, Role.ADMIN),
			new Demo("karool.head", "Нурбек Абдыкадыров", KAROOL, null, Role.HEAD),
			new Demo("karool.clerk", "Айгерим Садыкова", KAROOL, null, Role.CLERK),
			new Demo("karool.registrar", "Жылдыз Маматова", KAROOL, null, Role.REGISTRAR),
			new Demo("karool.accountant", "Гулнара Осмонова", KAROOL, null, Role.ACCOUNTANT),
			new Demo("karool.cashier", "Мээрим Ташиева", KAROOL, null, Role.CASHIER),
			new Demo("karool.controller", "Бакыт Эрматов", KAROOL, null, Role.CONTROLLER),
			new Demo("karool.auditor", "Канат Жумабаев", KAROOL, null, Role.AUDITOR),
			new Demo("karool.records", "Салтанат Абдыраева", KAROOL, null, Role.RECORDS),
			new Demo("razzakov.admin", "Улан Мырзаев", RAZZAKOV, null, Role.ADMIN),
			new Demo("razzakov.head", "Азамат Рахимов", RAZZAKOV, null, Role.HEAD),
			new Demo("razzakov.clerk", "Нургуль Исмаилова", RAZZAKOV, null, Role.CLERK),
			new Demo("razzakov.registrar", "Динара Каримова", RAZZAKOV, null, Role.REGISTRAR),
			new Demo("razzakov.auditor", "Эрлан Сыдыков", RAZZAKOV, null, Role.AUDITOR),
			new Demo("tazalyk.accountant", "Зарина Юсупова", RAZZAKOV, "TAZALYK", Role.ACCOUNTANT),
			new Demo("tazalyk.cashier", "Гулзат Алиева", RAZZAKOV, "TAZALYK", Role.CASHIER),
			new Demo("tazalyk.controller", "Мирлан Турдубаев", RAZZAKOV, "TAZALYK", Role.CONTROLLER));

	private final StaffUserRepository users;

	private final ApiTokens tokens;

	private final Municipalities municipalities;

	private final PasswordEncoder encoder;


	private final Clock clock;

	DemoStaff(StaffUserRepository users, ApiTokens tokens, Municipalities municipalities, PasswordEncoder encoder, Clock clock) {
		this.users = users;
		this.tokens = tokens;
		this.municipalities = municipalities;
		this.encoder = encoder;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		for (Demo user : USERS) {
			if (users.findByUsername(user.username()).isPresent()) {
				continue;
			}
			Long municipalityId = user.municipalitySoate() == null ? null
					: municipalities.findBySoate(user.municipalitySoate()).map(Municipality::id).orElseThrow();
			Long enterpriseId = user.enterpriseCode() == null ? null
					: municipalities.enterpriseByCode(user.enterpriseCode()).map(Enterprise::id).orElseThrow();
			Set<Role> roles = EnumSet.of(user.role());
			long id = users.insert(municipalityId, enterpriseId, user.username(), user.fullName(),
					encoder.encode(PASSWORD), roles, "ky", clock.instant());
			String secret = tokenOf(user.username());
			if (!tokens.exists(secret)) {
				tokens.create(id, municipalityId, "demo", secret);
			}
		}
	}

	static String tokenOf(String username) {
		return "demo-" + username.replace('.', '-');
	}
}
