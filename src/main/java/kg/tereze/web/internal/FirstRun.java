package kg.tereze.web.internal;

import java.util.Locale;
import java.util.Set;

import kg.tereze.identity.NewStaffUser;
import kg.tereze.identity.Role;
import kg.tereze.identity.StaffUsers;
import kg.tereze.municipality.Municipalities;
import kg.tereze.municipality.Municipality;
import kg.tereze.shared.InvalidInputException;
import kg.tereze.shared.Tenant;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The first start on an empty database: the system administrator, the municipality (from the SOATE
 * classifier) and its first administrator, made together in one transaction, once. After that
 * nobody can run it again, on this node or any other.
 */
@Service
class FirstRun {

	/** What the person installing Tereze types. */
	record Setup(String sysadminUsername, String sysadminName, String sysadminPassword, String soateCode, String code,
			String adminUsername, String adminName, String adminPassword, String language) {
	}

	/** Who acts during setup: nobody has signed in yet, so the setup itself, with the system administrator's rights. */
	private static final Tenant SETUP = new Tenant(0, "first-run", null, null, Set.of(Role.SYSTEM_ADMIN.name()));

	private final StaffUsers staff;

	private final Municipalities municipalities;

	private final JdbcClient jdbc;

	/** Once somebody exists it stays so; until then every request asks the database. */
	private volatile boolean done;

	FirstRun(StaffUsers staff, Municipalities municipalities, JdbcClient jdbc) {
		this.staff = staff;
		this.municipalities = municipalities;
		this.jdbc = jdbc;
	}

	boolean needed() {
		if (!done && staff.anyExists()) {
			done = true;
		}
		return !done;
	}

	@Transactional
	Municipality complete(Setup s) {
		// two people pressing the button at once on two nodes: the second waits, then finds it done
		jdbc.sql("select pg_advisory_xact_lock(hashtext('tereze.first-run'))").query((rs, n) -> 1).single();
		if (staff.anyExists()) {
			throw new IllegalStateException("Tereze is set up already");
		}
		String language = s.language() == null || !StaffUsers.LANGUAGES.contains(s.language()) ? "ky" : s.language();
		create("sysadmin", new NewStaffUser(null, null, s.sysadminUsername(), s.sysadminName(), s.sysadminPassword(),
				Set.of(Role.SYSTEM_ADMIN), language));
		if (s.adminUsername() != null && s.adminUsername().strip().equalsIgnoreCase(String.valueOf(s.sysadminUsername()).strip())) {
			throw new InvalidInputException("adminUsername", "web.setup.error.sameUser");
		}
		String code = s.code() == null ? null : s.code().strip().toUpperCase(Locale.ROOT);
		Municipality m = municipalities.activate(s.soateCode(), code);
		create("admin", new NewStaffUser(m.id(), null, s.adminUsername(), s.adminName(), s.adminPassword(),
				Set.of(Role.ADMIN), language));
		return m;
	}

	/** A user of the setup form, whose fields are named after whom they describe ({@code adminPassword}). */
	private void create(String who, NewStaffUser user) {
		try {
			staff.create(SETUP, user);
		}
		catch (InvalidInputException e) {
			String field = switch (e.field()) {
				case "username" -> who + "Username";
				case "fullName" -> who + "Name";
				case "password" -> who + "Password";
				default -> e.field();
			};
			throw new InvalidInputException(field, e.messageKey(), e.args());
		}
	}
}
