package kg.tereze.audit;

import kg.tereze.support.Api;
import kg.tereze.support.RunningApplication;
import kg.tereze.support.TestUsers;
import kg.tereze.support.WebSession;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@RunningApplication
class AuditTrailIT {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void changesViewsAndSignInsAreRecorded() {
		TestUsers.Created user = TestUsers.create(port, "karool.admin", "CLERK");
		new Api(port, Api.demoToken("karool.admin")).get("/api/v1/users/" + user.id());
		WebSession.signedIn(port, user.username(), TestUsers.PASSWORD);
		Api auditor = new Api(port, Api.demoToken("karool.auditor"));
		String created = auditor.get("/api/v1/audit?entity=staff_user&action=CREATE&size=200").body();
		assertThat(created).contains(user.username());
		String viewed = auditor.get("/api/v1/audit?entity=staff_user&action=VIEW&actor=karool.admin&size=200").body();
		assertThat(viewed).contains("\"entityId\":\"" + user.id() + "\"");
		assertThat(auditor.get("/api/v1/audit?action=SIGN_IN&actor=" + user.username()).json().get("total").asLong()).isEqualTo(1);
	}

	@Test
	void theDatabaseRefusesToChangeAnEntry() {
		assertThatThrownBy(() -> jdbc.sql("update audit_entry set actor = 'x' where id = (select min(id) from audit_entry)").update())
			.hasMessageContaining("append-only");
		assertThatThrownBy(() -> jdbc.sql("delete from audit_entry where id = (select min(id) from audit_entry)").update())
			.hasMessageContaining("append-only");
	}

	@Test
	void verificationNamesAnEntryChangedWithPlainSql() {
		TestUsers.Created user = TestUsers.create(port, "karool.admin", "CLERK");
		long entry = jdbc.sql("select max(id) from audit_entry where entity_type = 'staff_user' and entity_id = ?")
			.param(String.valueOf(user.id())).query(Long.class).single();
		String original = jdbc.sql("select after_state from audit_entry where id = ?").param(entry).query(String.class).single();
		Api auditor = new Api(port, Api.demoToken("karool.auditor"));
		assertThat(auditor.get("/api/v1/audit/verify").json().get("intact").asBoolean()).isTrue();
		try {
			tamper(entry, original.replace("CLERK", "ADMIN"));
			Api.Reply broken = auditor.get("/api/v1/audit/verify");
			assertThat(broken.json().get("intact").asBoolean()).isFalse();
			assertThat(broken.json().get("firstBrokenEntryId").asLong()).isEqualTo(entry);
			Api.Reply all = new Api(port, Api.demoToken("sysadmin")).get("/api/v1/audit/verify");
			assertThat(all.json().get("firstBrokenEntryId").asLong()).isEqualTo(entry);
		}
		finally {
			tamper(entry, original);
		}
		assertThat(auditor.get("/api/v1/audit/verify").json().get("intact").asBoolean()).isTrue();
	}

	@Test
	void theAuditPageVerifiesForTheAuditor() {
		WebSession auditor = WebSession.signedIn(port, "karool.auditor", "demo");
		auditor.get("/audit?lang=en");
		var page = auditor.post("/audit/verify", java.util.Map.of());
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("The audit trail is intact");
	}

	/** What someone with direct database access would do: switch the guard off, edit, switch it on. */
	private void tamper(long entry, String afterState) {
		jdbc.sql("alter table audit_entry disable trigger audit_entry_no_update").update();
		try {
			jdbc.sql("update audit_entry set after_state = ? where id = ?").params(afterState, entry).update();
		}
		finally {
			jdbc.sql("alter table audit_entry enable trigger audit_entry_no_update").update();
		}
	}
}
