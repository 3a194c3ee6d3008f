package io.github.collectiveimpact.benchmarks;

import io.github.collectiveimpact.model.Activity;
import io.github.collectiveimpact.model.Backbone;
import io.github.collectiveimpact.model.BackboneRole;
import io.github.collectiveimpact.model.Channel;
import io.github.collectiveimpact.model.CommonAgenda;
import io.github.collectiveimpact.model.DatedValue;
import io.github.collectiveimpact.model.Disaggregation;
import io.github.collectiveimpact.model.DisaggregationDimension;
import io.github.collectiveimpact.model.Endorsement;
import io.github.collectiveimpact.model.FundingSource;
import io.github.collectiveimpact.model.Goal;
import io.github.collectiveimpact.model.Indicator;
import io.github.collectiveimpact.model.Initiative;
import io.github.collectiveimpact.model.MeetingSeries;
import io.github.collectiveimpact.model.Observation;
import io.github.collectiveimpact.model.Partner;
import io.github.collectiveimpact.model.PartnerRole;
import io.github.collectiveimpact.model.StaffPosition;
import io.github.collectiveimpact.model.WorkingGroup;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A bare traversal of an initiative that reads every element and every attribute once and folds them into
 * a checksum: the least work any whole-initiative check must do, and so the floor against which validation
 * is measured. It builds no index and allocates nothing of its own.
 */
// Enum constants are folded into the checksum by ordinal, the cheapest read of an enum attribute;
// the
// ordinals are never stored, so a reordered enum changes nothing but the checksum's value.
@SuppressWarnings("EnumOrdinal")
public final class Traversal {
  private Traversal() {}

  /**
   * Reads every element of the initiative once.
   *
   * @param initiative the initiative
   * @return a checksum of what was read, so that nothing can be optimised away
   */
  public static long checksum(Initiative initiative) {
    long sum = text(initiative.id()) + text(initiative.name());
    sum +=
        text(initiative.description())
            + text(initiative.geography())
            + date(initiative.launchDate());
    sum += agenda(initiative.commonAgenda());
    for (Partner p : initiative.partners()) {
      sum = sum * 31 + text(p.id()) + text(p.name()) + p.sector().ordinal() + date(p.joined());
      for (PartnerRole role : p.roles()) {
        sum += role.ordinal();
      }
    }
    if (initiative.backbone().isPresent()) {
      sum += backbone(initiative.backbone().get());
    }
    for (Indicator i : initiative.indicators()) {
      sum = sum * 31 + indicator(i);
    }
    for (Observation o : initiative.observations()) {
      sum = sum * 31 + text(o.indicatorId()) + date(o.period().start()) + date(o.period().end());
      sum += Double.doubleToLongBits(o.value()) + text(o.partnerId()) + text(o.note());
      if (o.disaggregation().isPresent()) {
        Disaggregation d = o.disaggregation().get();
        sum += d.dimension().hashCode() + text(d.group());
      }
    }
    for (Activity a : initiative.activities()) {
      sum = sum * 31 + text(a.id()) + text(a.name()) + text(a.leadPartnerId());
      sum += texts(a.contributingPartnerIds());
      sum += texts(a.goalIds()) + texts(a.indicatorIds()) + text(a.workingGroupId());
      sum += date(a.start()) + date(a.end());
    }
    for (WorkingGroup g : initiative.workingGroups()) {
      sum = sum * 31 + text(g.id()) + text(g.name()) + texts(g.memberPartnerIds());
      sum += texts(g.goalIds()) + texts(g.indicatorIds());
    }
    for (MeetingSeries s : initiative.meetingSeries()) {
      sum =
          sum * 31
              + text(s.id())
              + text(s.name())
              + s.kind().ordinal()
              + texts(s.participantPartnerIds());
      sum += text(s.workingGroupId()) + s.cadence().hashCode();
      for (LocalDate d : s.meetingDates()) {
        sum += date(d);
      }
    }
    for (Channel c : initiative.channels()) {
      sum = sum * 31 + text(c.id()) + text(c.name()) + c.kind().ordinal() + c.audience().ordinal();
      sum += (c.publishesResults() ? 1 : 0) + texts(c.partnerIds());
    }
    return sum;
  }

  private static long agenda(CommonAgenda agenda) {
    long sum = text(agenda.problemStatement()) + text(agenda.vision());
    for (Goal g : agenda.goals()) {
      sum =
          sum * 31
              + text(g.id())
              + text(g.statement())
              + texts(g.indicatorIds())
              + date(g.targetDate());
      if (g.equityFocus().isPresent()) {
        for (DisaggregationDimension d : g.equityFocus().get().dimensions()) {
          sum += d.hashCode();
        }
        sum += texts(g.equityFocus().get().populations());
      }
    }
    for (Endorsement e : agenda.endorsements()) {
      sum = sum * 31 + text(e.partnerId()) + date(e.date());
    }
    return sum;
  }

  private static long backbone(Backbone backbone) {
    long sum = text(backbone.name()) + text(backbone.partnerId());
    sum += backbone.type().map(Enum::ordinal).orElse(-1);
    for (StaffPosition p : backbone.staff()) {
      sum +=
          text(p.role())
              + (p.fte().isPresent() ? Double.doubleToLongBits(p.fte().getAsDouble()) : -1);
      sum += p.headcount().isPresent() ? p.headcount().getAsInt() : -1;
    }
    for (FundingSource f : backbone.fundingSources()) {
      sum += text(f.name()) + text(f.partnerId());
    }
    for (BackboneRole r : backbone.roles()) {
      sum += r.function().ordinal() + text(r.partnerId()) + text(r.description());
    }
    return sum;
  }

  private static long indicator(Indicator i) {
    long sum =
        text(i.id())
            + text(i.name())
            + text(i.definition())
            + i.unit().map(Enum::ordinal).orElse(-1);
    sum +=
        i.desiredDirection().ordinal()
            + i.level().ordinal()
            + value(i.baseline())
            + value(i.target());
    for (DatedValue v : i.interimTargets()) {
      sum += value(Optional.of(v));
    }
    sum += i.reportingFrequency().map(Object::hashCode).orElse(0) + text(i.dataSource());
    sum += texts(i.dataPartnerIds());
    for (DisaggregationDimension d : i.disaggregations()) {
      sum += d.hashCode();
    }
    for (var code : i.externalCodes()) {
      sum += text(code.catalogue()) + text(code.code());
    }
    return sum;
  }

  private static long text(String text) {
    return text.length();
  }

  private static long text(Optional<String> text) {
    return text.isPresent() ? text.get().length() : 0;
  }

  private static long texts(List<String> texts) {
    long sum = 0;
    for (String text : texts) {
      sum += text.length();
    }
    return sum;
  }

  private static long date(LocalDate date) {
    return date.getYear() * 372L + date.getMonthValue() * 31L + date.getDayOfMonth();
  }

  private static long date(Optional<LocalDate> date) {
    return date.isPresent() ? date(date.get()) : 0;
  }

  private static long value(Optional<DatedValue> value) {
    return value.isPresent()
        ? Double.doubleToLongBits(value.get().value()) + date(value.get().date())
        : 0;
  }
}
