package org.healthequity.evaluation.service;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.quarkus.hibernate.orm.panache.PanacheQuery;

import org.healthequity.common.http.EntityTags;
import org.healthequity.common.http.Versioned;
import org.healthequity.common.paging.PageRequest;
import org.healthequity.common.paging.PagedResult;
import org.healthequity.common.paging.QueryPages;
import org.healthequity.common.period.PeriodType;
import org.healthequity.common.period.RequestPeriods;
import org.healthequity.common.problem.ApiException;
import org.healthequity.evaluation.mapping.AchievementRequest;
import org.healthequity.evaluation.mapping.AchievementView;
import org.healthequity.evaluation.repository.Achievement;
import org.healthequity.evaluation.repository.AchievementRepository;
import org.healthequity.evaluation.repository.MetricQualifier;

@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class AchievementService {

    private final AchievementRepository achievements;

    AchievementService(AchievementRepository achievements) {
        this.achievements = achievements;
    }

    public PagedResult<AchievementView> list(String programme, String year, PageRequest page) {
        PanacheQuery<Achievement> query = achievements.search(programme, year);
        return QueryPages.of(query, page, AchievementView::of);
    }

    public List<AchievementView> ofYear(String year) {
        return achievements.search(null, year).list().stream().map(AchievementView::of).toList();
    }

    public Versioned<AchievementView> get(long id) {
        return versioned(find(id));
    }

    @Transactional
    public Versioned<AchievementView> create(AchievementRequest request) {
        Achievement achievement = new Achievement();
        apply(achievement, request);
        achievements.persistAndFlush(achievement);
        return versioned(achievement);
    }

    @Transactional
    public Versioned<AchievementView> update(long id, String ifMatch, AchievementRequest request) {
        Achievement achievement = find(id);
        EntityTags.requireMatch(ifMatch, achievement.version);
        apply(achievement, request);
        achievements.flush();
        return versioned(achievement);
    }

    @Transactional
    public void delete(long id, String ifMatch) {
        Achievement achievement = find(id);
        EntityTags.requireMatch(ifMatch, achievement.version);
        achievements.delete(achievement);
    }

    private static void apply(Achievement achievement, AchievementRequest request) {
        achievement.year = RequestPeriods.require("year", request.year(), PeriodType.FINANCIAL_YEAR).label();
        achievement.programme = request.programme().trim();
        achievement.description = request.description().trim();
        achievement.metricValue = request.metric() == null ? null : request.metric().value();
        achievement.metricUnit = request.metric() == null ? null : request.metric().unit().trim();
        achievement.metricQualifier = request.metric() == null ? null
                : request.metric().qualifier() == null ? MetricQualifier.EXACTLY : request.metric().qualifier();
    }

    private Achievement find(long id) {
        return achievements.findByIdOptional(id).orElseThrow(() -> ApiException.notFound("Achievement", id));
    }

    private static Versioned<AchievementView> versioned(Achievement achievement) {
        return new Versioned<>(AchievementView.of(achievement), achievement.version);
    }
}
