package kg.tereze.registry;

/** A member's relation to the head of the household. */
public enum Relation {
	HEAD, SPOUSE, SON, DAUGHTER, FATHER, MOTHER, GRANDSON, GRANDDAUGHTER, BROTHER, SISTER, DAUGHTER_IN_LAW, SON_IN_LAW,
	GRANDFATHER, GRANDMOTHER, OTHER
}
