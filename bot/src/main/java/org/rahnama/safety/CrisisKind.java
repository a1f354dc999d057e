package org.rahnama.safety;

/** The kinds of danger the bot answers with helplines before anything else, most urgent first. */
public enum CrisisKind {
    /** Suicidal thoughts, self-harm, wanting to die: 3114, 15, 112. */
    SUICIDE,
    /** Immediate danger: fire, accident, injury, crime in progress: 112, 15, 17, 18. */
    EMERGENCY,
    /** Domestic, sexual or gender-based violence, assault, threats: 3919, 17, 114 by SMS. */
    VIOLENCE,
    /** A child in danger: 119. */
    CHILD,
    /** Nowhere to sleep tonight: 115. */
    SHELTER;

    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** Shelter is urgent but not a danger to life: it is not reported as a safety answer. */
    public boolean lifeOrSafety() {
        return this != SHELTER;
    }
}
