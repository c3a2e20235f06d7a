package kg.tereze.appeals.web;

import java.net.URI;
import java.util.List;

import kg.tereze.appeals.internal.Open311Key;
import kg.tereze.appeals.internal.Open311Keys;
import kg.tereze.shared.CurrentTenant;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The municipality's Open311 keys: ADMIN issues and withdraws, HEAD and AUDITOR read. Keys are shown once. */
@RestController
@RequestMapping("/api/v1/appeals/open311-keys")
@PreAuthorize("hasAnyRole('ADMIN', 'HEAD', 'AUDITOR')")
class Open311KeysApi {

	record KeyIn(String name) {
	}

	private final Open311Keys keys;

	Open311KeysApi(Open311Keys keys) {
		this.keys = keys;
	}

	@GetMapping
	List<Open311Key> all() {
		return keys.of(CurrentTenant.require());
	}

	/** 201 with {@code secret}: the api_key to give the client, the only time it is shown. */
	@PostMapping
	@PreAuthorize("hasRole('ADMIN')")
	ResponseEntity<Open311Keys.Issued> issue(@RequestBody KeyIn in) {
		Open311Keys.Issued issued = keys.issue(CurrentTenant.require(), in.name());
		return ResponseEntity.created(URI.create("/api/v1/appeals/open311-keys/" + issued.key().id())).body(issued);
	}

	@PostMapping("/{id}/revoke")
	@PreAuthorize("hasRole('ADMIN')")
	ResponseEntity<Void> revoke(@PathVariable long id) {
		keys.revoke(CurrentTenant.require(), id);
		return ResponseEntity.noContent().build();
	}
}
