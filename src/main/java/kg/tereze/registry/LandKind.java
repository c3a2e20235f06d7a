package kg.tereze.registry;

public enum LandKind {
	HOMESTEAD, IRRIGATED, RAINFED, PASTURE, HAYFIELD
}
