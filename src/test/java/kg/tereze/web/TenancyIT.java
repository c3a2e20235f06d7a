package kg.tereze.web;

import java.util.Map;

import kg.tereze.support.Api;
import kg.tereze.support.RunningApplication;
import kg.tereze.support.WebSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** A user of Karool can neither read nor change anything of Razzakov, through any page or API. */
@RunningApplication
class TenancyIT {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	long razzakovUser;

	long razzakovToken;

	String razzakovUserBefore;

	Api karoolAdmin;

	WebSession karoolAdminWeb;

	@BeforeEach
	void setUp() {
		razzakovUser = jdbc.sql("select id from staff_user where username = 'razzakov.clerk'").query(Long.class).single();
		razzakovToken = jdbc.sql("select t.id from api_token t join staff_user u on u.id = t.user_id where u.username = 'razzakov.admin' limit 1")
			.query(Long.class).single();
		razzakovUserBefore = snapshot();
		karoolAdmin = new Api(port, Api.demoToken("karool.admin"));
		karoolAdminWeb = WebSession.signedIn(port, "karool.admin", "demo");
	}

	private String snapshot() {
		return jdbc.sql("select full_name || roles::text || enabled || coalesce(locked_until::text, '') || password_hash from staff_user where id = ?")
			.param(razzakovUser).query(String.class).single();
	}

	private void assertRazzakovUnchanged() {
		assertThat(snapshot()).isEqualTo(razzakovUserBefore);
	}

	@Test
	void userPage() {
		assertThat(karoolAdminWeb.get("/admin/users/" + razzakovUser).statusCode()).isEqualTo(404);
	}

	@Test
	void userUpdateByForm() {
		karoolAdminWeb.get("/admin/users");
		assertThat(karoolAdminWeb.post("/admin/users/" + razzakovUser, Map.of("fullName", "Hacked", "roles", "ADMIN")).statusCode()).isEqualTo(404);
		assertRazzakovUnchanged();
	}

	@Test
	void userUnlockByForm() {
		karoolAdminWeb.get("/admin/users");
		assertThat(karoolAdminWeb.post("/admin/users/" + razzakovUser + "/unlock", Map.of()).statusCode()).isEqualTo(404);
		assertRazzakovUnchanged();
	}

	@Test
	void userPasswordByForm() {
		karoolAdminWeb.get("/admin/users");
		assertThat(karoolAdminWeb.post("/admin/users/" + razzakovUser + "/password", Map.of("password", "Hacked-123")).statusCode()).isEqualTo(404);
		assertRazzakovUnchanged();
	}

	@Test
	void userListAndExport() {
		String list = karoolAdminWeb.get("/admin/users?size=200").body();
		assertThat(list).contains("karool.clerk").doesNotContain("razzakov.").doesNotContain("tazalyk.");
		byte[] xlsx = karoolAdminWeb.getBytes("/admin/users/export.xlsx").body();
		assertThat(new String(xlsx, java.nio.charset.StandardCharsets.ISO_8859_1)).startsWith("PK");
		assertThat(Xlsx.text(xlsx)).contains("karool.clerk").doesNotContain("razzakov.");
	}

	@Test
	void tokenRevokeByForm() {
		karoolAdminWeb.get("/profile");
		assertThat(karoolAdminWeb.post("/profile/tokens/" + razzakovToken + "/revoke", Map.of()).statusCode()).isEqualTo(404);
		assertThat(jdbc.sql("select revoked_at is null from api_token where id = ?").param(razzakovToken).query(Boolean.class).single()).isTrue();
	}

	@Test
	void municipalityPage() {
		String page = karoolAdminWeb.get("/municipality?lang=ru").body();
		assertThat(page).contains("Кароол").contains("Шералы").doesNotContain("Раззаков").doesNotContain("Тазалык");
	}

	@Test
	void enterpriseIsRegisteredInOwnMunicipalityOnly() {
		Api.Reply reply = karoolAdmin.post("/api/v1/municipality/enterprises",
				"{\"code\": \"T%s\", \"name\": {\"ky\": \"Суу\", \"ru\": \"Вода\"}, \"kind\": \"WATER\"}".formatted(System.nanoTime() % 100000));
		assertThat(reply.status()).as(reply.body()).isEqualTo(201);
		assertThat(reply.json().get("municipalityId").asLong()).isEqualTo(karoolId());
	}

	@Test
	void auditPageAndExport() {
		String page = karoolAdminWeb.get("/audit?actor=razzakov.admin").body();
		assertThat(page).doesNotContain("<td>razzakov.admin</td>");
		assertThat(Xlsx.text(karoolAdminWeb.getBytes("/audit/export.xlsx").body())).doesNotContain("razzakov.");
	}

	@Test
	void apiUser() {
		assertThat(karoolAdmin.get("/api/v1/users/" + razzakovUser).status()).isEqualTo(404);
	}

	@Test
	void apiUserUpdate() {
		assertThat(karoolAdmin.put("/api/v1/users/" + razzakovUser, "{\"fullName\": \"x\", \"roles\": [\"ADMIN\"], \"enabled\": false}").status())
			.isEqualTo(404);
		assertRazzakovUnchanged();
	}

	@Test
	void apiUserUnlockAndPassword() {
		assertThat(karoolAdmin.post("/api/v1/users/" + razzakovUser + "/unlock", "{}").status()).isEqualTo(404);
		assertThat(karoolAdmin.post("/api/v1/users/" + razzakovUser + "/password", "{\"password\": \"Hacked-123\"}").status()).isEqualTo(404);
		assertRazzakovUnchanged();
	}

	@Test
	void apiUserList() {
		Api.Reply list = karoolAdmin.get("/api/v1/users?size=200");
		assertThat(list.body()).contains("karool.clerk").doesNotContain("razzakov.");
	}

	@Test
	void apiUserCreateIgnoresAnotherMunicipalityInTheRequest() {
		long razzakov = jdbc.sql("select id from municipality where soate_code = '41705236610010'").query(Long.class).single();
		Api.Reply reply = karoolAdmin.post("/api/v1/users", """
				{"municipalityId": %d, "username": "x%d.clerk", "fullName": "X", "password": "Long-enough-1", "roles": ["CLERK"]}"""
			.formatted(razzakov, System.nanoTime() % 1_000_000));
		assertThat(reply.status()).as(reply.body()).isEqualTo(201);
		assertThat(reply.json().get("municipalityId").asLong()).isEqualTo(karoolId());
	}

	@Test
	void apiTokenRevoke() {
		assertThat(karoolAdmin.delete("/api/v1/tokens/" + razzakovToken).status()).isEqualTo(404);
		assertThat(jdbc.sql("select revoked_at is null from api_token where id = ?").param(razzakovToken).query(Boolean.class).single()).isTrue();
	}

	@Test
	void apiOwnMunicipality() {
		Api.Reply own = new Api(port, Api.demoToken("karool.clerk")).get("/api/v1/municipality");
		assertThat(own.json().get("municipality").get("soateCode").asString()).isEqualTo("41706255832000");
		assertThat(own.json().get("villages").size()).isEqualTo(5);
		assertThat(own.body()).doesNotContain("TAZALYK");
	}

	@Test
	void apiAuditListAndVerify() {
		Api auditor = new Api(port, Api.demoToken("karool.auditor"));
		long karool = karoolId();
		Api.Reply list = auditor.get("/api/v1/audit?size=200");
		list.json().get("items").forEach(e -> assertThat(e.get("municipalityId").asLong()).isEqualTo(karool));
		long ownEntries = jdbc.sql("select count(*) from audit_entry where chain_key = ?").param(karool).query(Long.class).single();
		assertThat(auditor.get("/api/v1/audit/verify").json().get("checkedEntries").asLong()).isBetween(1L, ownEntries + 50);
	}

	private long karoolId() {
		return jdbc.sql("select id from municipality where soate_code = '41706255832000'").query(Long.class).single();
	}
}
