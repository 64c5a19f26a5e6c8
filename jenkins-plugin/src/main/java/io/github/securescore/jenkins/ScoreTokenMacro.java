package io.github.securescore.jenkins;

import hudson.Extension;
import hudson.FilePath;
import hudson.model.AbstractBuild;
import hudson.model.Run;
import hudson.model.TaskListener;
import java.util.Locale;
import org.jenkinsci.plugins.tokenmacro.DataBoundTokenMacro;
import org.jenkinsci.plugins.tokenmacro.MacroEvaluationException;

/**
 * {@code ${IDENTITY_SECURE_SCORE}} (e.g. in an e-mail): the build's score in percent, one decimal;
 * {@code ${IDENTITY_SECURE_SCORE, id="production"}} picks one result when a build checks several.
 * Optional: registered only when the Token Macro plugin is installed.
 */
@Extension(optional = true)
public class ScoreTokenMacro extends DataBoundTokenMacro {

    static final String NAME = "IDENTITY_SECURE_SCORE";

    /** The result's id; blank means the build's first result. */
    @Parameter
    public String id = "";

    @Override
    public boolean acceptsMacroName(String macroName) {
        return NAME.equals(macroName);
    }

    @Override
    public String evaluate(AbstractBuild<?, ?> build, TaskListener listener, String macroName)
            throws MacroEvaluationException {
        return score(build);
    }

    @Override
    public String evaluate(Run<?, ?> run, FilePath workspace, TaskListener listener, String macroName)
            throws MacroEvaluationException {
        return score(run);
    }

    private String score(Run<?, ?> run) throws MacroEvaluationException {
        for (ScoreBuildAction action : run.getActions(ScoreBuildAction.class)) {
            if (id == null || id.isBlank() || action.getId().equals(id.trim())) {
                if (action.getRun() == null) {
                    break;
                }
                return String.format(Locale.ROOT, "%.1f", action.getPercent());
            }
        }
        throw new MacroEvaluationException("${" + NAME + "}: this build has no Identity Secure Score result"
                + (id == null || id.isBlank() ? "" : " with id '" + id.trim() + "'"));
    }
}
