package io.github.securescore.graph;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The Microsoft cloud a tenant lives in: it selects both the sign-in authority and the Graph endpoint. */
public enum NationalCloud {
    GLOBAL("https://login.microsoftonline.com/", "https://graph.microsoft.com"),
    US_GOVERNMENT("https://login.microsoftonline.us/", "https://graph.microsoft.us"),
    CHINA("https://login.chinacloudapi.cn/", "https://microsoftgraph.chinacloudapi.cn");

    private final String authorityHost;
    private final String graphEndpoint;

    NationalCloud(String authorityHost, String graphEndpoint) {
        this.authorityHost = authorityHost;
        this.graphEndpoint = graphEndpoint;
    }

    public String authorityHost() {
        return authorityHost;
    }

    /** Graph's root, without the version segment. */
    public String graphEndpoint() {
        return graphEndpoint;
    }

    /** The scope an app-only token is requested for. */
    public String defaultScope() {
        return graphEndpoint + "/.default";
    }

    /** "global", "usgov"/"us-government", "china", any case. */
    public static Optional<NationalCloud> parse(String text) {
        String wanted = text.trim().toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
        if (wanted.equals("usgov") || wanted.equals("usgovernment") || wanted.equals("gcchigh")) {
            return Optional.of(US_GOVERNMENT);
        }
        return Arrays.stream(values()).filter(c -> c.name().toLowerCase(Locale.ROOT).replace("_", "").equals(wanted))
                .findFirst();
    }
}
