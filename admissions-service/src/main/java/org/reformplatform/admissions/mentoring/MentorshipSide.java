package org.reformplatform.admissions.mentoring;

import org.reformplatform.admissions.mentoring.MentorshipSide;

/** Who ended a mentorship: it is a partnership (合伙人式), and either side may. */
public enum MentorshipSide {
    STUDENT,
    MENTOR
}
