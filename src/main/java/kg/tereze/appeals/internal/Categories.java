package kg.tereze.appeals.internal;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import kg.tereze.audit.AuditRecord;
import kg.tereze.audit.AuditTrail;
import kg.tereze.shared.InvalidInputException;
import kg.tereze.shared.LocalizedName;
import kg.tereze.shared.NotFoundException;
import kg.tereze.shared.Tenant;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The kinds of problem a municipality takes reports of, each with its deadline; the head edits them. */
@Service
public class Categories {

	/** Roles a category may name besides clerks and the head. */
	public static final Set<String> ROLES = Set.of("CLERK", "HEAD", "REGISTRAR", "ACCOUNTANT", "CASHIER", "CONTROLLER");

	private final CategoryStore store;

	private final AuditTrail audit;

	Categories(CategoryStore store, AuditTrail audit) {
		this.store = store;
		this.audit = audit;
	}

	public List<Category> of(long municipalityId) {
		return store.of(municipalityId);
	}

	public List<Category> active(long municipalityId) {
		return store.of(municipalityId).stream().filter(Category::active).toList();
	}

	public Map<Long, Category> byId(long municipalityId) {
		return store.of(municipalityId).stream().collect(Collectors.toMap(Category::id, Function.identity()));
	}

	public Category require(long municipalityId, long id) {
		return store.find(municipalityId, id).orElseThrow(() -> new NotFoundException("category"));
	}

	/** An active category by its Open311 service code, or an error naming {@code field}. */
	public Category requireActive(long municipalityId, String code, String field) {
		return store.byCode(municipalityId, code == null ? "" : code.trim()).filter(Category::active)
			.orElseThrow(() -> new InvalidInputException(field, "appeals.error.category"));
	}

	@Transactional
	public Category add(Tenant t, String code, LocalizedName name, Integer slaHours, String role) {
		long m = t.requireMunicipality();
		String c = code == null ? "" : code.trim().toLowerCase();
		if (!c.matches("[a-z][a-z0-9_]{1,39}")) {
			throw new InvalidInputException("code", "appeals.error.code");
		}
		check(name, slaHours, role);
		try {
			long id = store.insert(m, c, name, slaHours, blank(role));
			audit.record(AuditRecord.created("appeals_category", c, m, name));
			return require(m, id);
		}
		catch (DuplicateKeyException e) {
			throw new InvalidInputException("code", "appeals.error.codeTaken");
		}
	}

	@Transactional
	public Category update(Tenant t, long id, LocalizedName name, Integer slaHours, String role, boolean active) {
		long m = t.requireMunicipality();
		Category before = require(m, id);
		check(name, slaHours, role);
		store.update(m, id, name, slaHours, blank(role), active);
		Category after = require(m, id);
		audit.record(AuditRecord.updated("appeals_category", before.code(), m, before, after));
		return after;
	}

	private static void check(LocalizedName name, Integer slaHours, String role) {
		if (name.ky() == null || name.ky().isBlank() || name.ky().length() > 100) {
			throw new InvalidInputException("nameKy", "appeals.error.name");
		}
		if (name.ru() == null || name.ru().isBlank() || name.ru().length() > 100) {
			throw new InvalidInputException("nameRu", "appeals.error.name");
		}
		if (slaHours == null || slaHours < 1 || slaHours > 8760) {
			throw new InvalidInputException("slaHours", "appeals.error.sla");
		}
		if (blank(role) != null && !ROLES.contains(role)) {
			throw new InvalidInputException("role", "appeals.error.role");
		}
	}

	private static String blank(String s) {
		return s == null || s.isBlank() ? null : s;
	}
}
