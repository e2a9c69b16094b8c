package org.reformplatform.mobility.arrangement;

import java.util.ArrayList;
import java.util.List;

/**
 * The agreement the parties sign (三方协议 when three must). Its {@code version} goes up whenever
 * its terms change, and a change voids every signature given so far: a party signs one version.
 */
public record Agreement(int version, String terms, List<Party> signedBy) {

    public static final Agreement NONE = new Agreement(0, null, List.of());

    public Agreement signedAlsoBy(Party party) {
        List<Party> parties = new ArrayList<>(signedBy);
        parties.add(party);
        return new Agreement(version, terms, parties.stream().distinct().sorted().toList());
    }

    public Agreement revised(int newVersion, String newTerms) {
        return new Agreement(newVersion, newTerms, List.of());
    }

    /** The parties whose signature the rules require and which have not signed this version yet. */
    public List<Party> missing(FormPolicy policy) {
        return policy.signatories().stream().filter(p -> !signedBy.contains(p)).toList();
    }
}
