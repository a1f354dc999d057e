package org.rahnama.safety;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.rahnama.data.DataFolders;
import org.rahnama.data.DataProperties;

/** The safety check as the bot runs it: shipped lexicons and the crisis model trained by the build. */
class SafetyTriageTest {

    private final DataFolders shipped = new DataFolders(new DataProperties(null, null, null, null));
    private final SafetyTriage triage = new SafetyTriage(new CrisisDetector(shipped), new CrisisModel(shipped));

    @Test
    void idiomTheLexiconsKnowToBeHarmless_getsNoAlarm() {
        // The model alone adds up "mort", "hier soir" and "mon fils" into an alarm; the lexicons' harmless phrases
        // ("mort de rire") keep it from reaching the user.
        assertThat(triage.assess("je suis mort de rire avec mon fils hier soir, il parle mieux français que moi")).isEmpty();
    }

    @Test
    void theIssuesOwnExamples_deniedCrisisIsNoAlarm_whileNotWantingToLiveIs() {
        assertThat(triage.assess("I am not suicidal, I need a doctor")).isEmpty();
        assertThat(triage.assess("I don't want to live anymore")).containsExactly(CrisisKind.SUICIDE);
    }

    @Test
    void greeting_getsNoAlarm() {
        assertThat(triage.assess("salam, chetor asti?")).isEmpty();
        assertThat(triage.assess("ሰላም")).isEmpty();
    }
}
