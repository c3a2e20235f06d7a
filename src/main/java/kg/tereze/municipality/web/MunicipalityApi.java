package kg.tereze.municipality.web;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import kg.tereze.municipality.Enterprise;
import kg.tereze.municipality.Municipalities;
import kg.tereze.municipality.Municipality;
import kg.tereze.municipality.NewEnterprise;
import kg.tereze.municipality.SoateUnit;
import kg.tereze.municipality.Village;
import kg.tereze.shared.CurrentTenant;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Municipalities", description = "The caller's municipality, its villages and enterprises; activation by the system administrator")
class MunicipalityApi {

	record OwnMunicipality(Municipality municipality, List<Village> villages, List<Enterprise> enterprises) {
	}

	record Activation(String soateCode, String code) {
	}

	private final Municipalities municipalities;

	MunicipalityApi(Municipalities municipalities) {
		this.municipalities = municipalities;
	}

	@Operation(summary = "The caller's municipality with its villages and enterprises")
	@GetMapping("/municipality")
	OwnMunicipality own() {
		long id = CurrentTenant.require().requireMunicipality();
		return new OwnMunicipality(municipalities.require(id), municipalities.villages(id), municipalities.enterprises(id));
	}

	@Operation(summary = "Register an enterprise of the caller's municipality")
	@PostMapping("/municipality/enterprises")
	@PreAuthorize("hasRole('ADMIN')")
	ResponseEntity<Enterprise> addEnterprise(@RequestBody NewEnterprise enterprise) {
		long id = CurrentTenant.require().requireMunicipality();
		Enterprise created = municipalities.registerEnterprise(id, enterprise);
		return ResponseEntity.created(URI.create("/api/v1/municipality/enterprises/" + created.id())).body(created);
	}

	@Operation(summary = "All municipalities (system administrator)")
	@GetMapping("/municipalities")
	@PreAuthorize("hasRole('SYSTEM_ADMIN')")
	List<Municipality> all() {
		return municipalities.all();
	}

	@Operation(summary = "Activate an aiyl aimak or town of the SOATE classifier (system administrator)")
	@PostMapping("/municipalities")
	@PreAuthorize("hasRole('SYSTEM_ADMIN')")
	ResponseEntity<Municipality> activate(@RequestBody Activation activation) {
		Municipality m = municipalities.activate(activation.soateCode(), activation.code());
		return ResponseEntity.created(URI.create("/api/v1/municipalities/" + m.id())).body(m);
	}

	@Operation(summary = "Search the classifier for aiyl aimaks and towns (system administrator)")
	@GetMapping("/soate")
	@PreAuthorize("hasRole('SYSTEM_ADMIN')")
	List<SoateUnit> soate(@RequestParam(required = false) String q) {
		return municipalities.searchUnits(q, 50);
	}
}
