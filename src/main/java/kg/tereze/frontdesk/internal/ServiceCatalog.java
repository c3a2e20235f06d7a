package kg.tereze.frontdesk.internal;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import kg.tereze.audit.AuditRecord;
import kg.tereze.audit.AuditTrail;
import kg.tereze.certificates.CertificateTypes;
import kg.tereze.shared.InvalidInputException;
import kg.tereze.shared.LocalizedName;
import kg.tereze.shared.NotFoundException;
import kg.tereze.shared.Tenant;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The services a municipality offers at its single window; the head keeps the list. */
@Service
public class ServiceCatalog {

	/** Roles that can answer for a service. */
	public static final Set<String> ROLES = Set.of("CLERK", "HEAD", "REGISTRAR", "ACCOUNTANT");

	private final ServiceCatalogStore store;

	private final CertificateTypes certificateTypes;

	private final AuditTrail audit;

	ServiceCatalog(ServiceCatalogStore store, CertificateTypes certificateTypes, AuditTrail audit) {
		this.store = store;
		this.certificateTypes = certificateTypes;
		this.audit = audit;
	}

	public List<DeskService> of(long municipalityId) {
		return store.of(municipalityId);
	}

	public List<DeskService> active(long municipalityId) {
		return store.of(municipalityId).stream().filter(DeskService::active).toList();
	}

	public Map<Long, DeskService> byId(long municipalityId) {
		return store.of(municipalityId).stream().collect(Collectors.toMap(DeskService::id, Function.identity()));
	}

	public DeskService require(long municipalityId, long id) {
		return store.find(municipalityId, id).orElseThrow(() -> new NotFoundException("service"));
	}

	/** An active service by its code, or an error naming {@code field}. */
	public DeskService requireActive(long municipalityId, String code, String field) {
		return store.byCode(municipalityId, code == null ? "" : code.trim()).filter(DeskService::active)
			.orElseThrow(() -> new InvalidInputException(field, "frontdesk.error.service"));
	}

	@Transactional
	public DeskService add(Tenant t, NewDeskService s) {
		long m = t.requireMunicipality();
		String code = s.code() == null ? "" : s.code().trim().toLowerCase();
		if (!code.matches("[a-z][a-z0-9_]{1,39}")) {
			throw new InvalidInputException("code", "frontdesk.error.code");
		}
		NewDeskService clean = check(t, s);
		try {
			long id = store.insert(m, code, clean);
			DeskService added = require(m, id);
			audit.record(AuditRecord.created("frontdesk_service", code, m, added));
			return added;
		}
		catch (DuplicateKeyException e) {
			throw new InvalidInputException("code", "frontdesk.error.codeTaken");
		}
	}

	@Transactional
	public DeskService update(Tenant t, long id, NewDeskService s) {
		long m = t.requireMunicipality();
		DeskService before = require(m, id);
		NewDeskService clean = check(t, new NewDeskService(before.code(), s.name(), before.kind(), before.certificateType(),
				s.documentsKy(), s.documentsRu(), s.fee(), s.deadlineDays(), s.responsibleRole(), s.active()));
		store.update(m, id, clean);
		DeskService after = require(m, id);
		audit.record(AuditRecord.updated("frontdesk_service", before.code(), m, before, after));
		return after;
	}

	private NewDeskService check(Tenant t, NewDeskService s) {
		LocalizedName n = s.name();
		if (n == null || blank(n.ky()) || n.ky().length() > 200) {
			throw new InvalidInputException("nameKy", "frontdesk.error.name");
		}
		if (blank(n.ru()) || n.ru().length() > 200) {
			throw new InvalidInputException("nameRu", "frontdesk.error.name");
		}
		if (s.kind() == null) {
			throw new InvalidInputException("kind", "frontdesk.error.kind");
		}
		String type = s.kind() == ServiceKind.CERTIFICATE ? (s.certificateType() == null ? "" : s.certificateType().trim()) : null;
		if (type != null && certificateTypes.find(t, type).isEmpty()) {
			throw new InvalidInputException("certificateType", "frontdesk.error.certificateType");
		}
		if (text(s.documentsKy()).length() > 2000 || text(s.documentsRu()).length() > 2000) {
			throw new InvalidInputException("documentsKy", "frontdesk.error.tooLong", 2000);
		}
		if (s.fee() != null && s.fee().isNegative()) {
			throw new InvalidInputException("fee", "frontdesk.error.fee");
		}
		int days = s.deadlineDays() == null ? (s.kind() == ServiceKind.CERTIFICATE ? 0 : -1) : s.deadlineDays();
		if (days < 0 || days > 365 || s.kind() == ServiceKind.APPLICATION && days < 1) {
			throw new InvalidInputException("deadlineDays", "frontdesk.error.deadline");
		}
		if (s.responsibleRole() == null || !ROLES.contains(s.responsibleRole())) {
			throw new InvalidInputException("responsibleRole", "frontdesk.error.role");
		}
		LocalizedName name = new LocalizedName(n.ky().strip(), n.ru().strip(), blank(n.en()) ? n.ru().strip() : n.en().strip());
		return new NewDeskService(s.code(), name, s.kind(), type, text(s.documentsKy()), text(s.documentsRu()),
				s.kind() == ServiceKind.CERTIFICATE || s.fee() == null ? kg.tereze.shared.Som.ZERO : s.fee(), days,
				s.responsibleRole(), s.active());
	}

	private static boolean blank(String s) {
		return s == null || s.isBlank();
	}

	private static String text(String s) {
		return s == null ? "" : s.strip();
	}
}
