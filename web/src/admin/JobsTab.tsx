import { useMutation, useQuery } from "@apollo/client";
import { Button } from "antd";
import { useState } from "react";
import { graphql } from "../generated";
import { ActionError, attempt, type ActionFailure } from "../graphql/actionErrors";
import { useI18n } from "../i18n/I18nProvider";
import type { MessageKey } from "../i18n/zh";
import { LoadError, Loading } from "../ui/feedback";
import { DataTable, dataAttributes } from "../ui/layout";

export const SCHEDULED_JOBS = graphql(`
  query AdminScheduledJobs {
    scheduledJobs {
      name
      everySeconds
      lastRun {
        id
        trigger
        startedByName
        startedAt
        finishedAt
        attempt
        maxAttempts
        succeeded
        summary
      }
      nextRunAt
      queued {
        id
        state
        runAfter
        attempt
        maxAttempts
        lastError
      }
      failures {
        id
        startedAt
        attempt
        maxAttempts
        summary
      }
    }
  }
`);

export const RUN_JOB = graphql(`
  mutation AdminRunJob($name: String!) {
    runJob(name: $name) {
      id
      succeeded
      summary
    }
  }
`);

const jobKey = (name: string) => `admin.job.${name}` as MessageKey;

/**
 * 定时任务: each job with its latest run, its next run (and a retry waiting), its latest failed
 * attempts, and "run now" (through the job queue, like the schedule).
 */
export function JobsTab() {
  const { t, dateTime } = useI18n();
  const jobs = useQuery(SCHEDULED_JOBS, { fetchPolicy: "cache-and-network" });
  const [run] = useMutation(RUN_JOB, { errorPolicy: "all" });
  const [running, setRunning] = useState<string | null>(null);
  const [failure, setFailure] = useState<{ job: string; failure: ActionFailure } | null>(null);
  const jobName = (name: string) => {
    const text = t(jobKey(name));
    return text === undefined || text === jobKey(name) ? name : text;
  };
  if (!jobs.data) {
    if (jobs.loading) return <Loading />;
    const forbidden =
      jobs.error?.graphQLErrors.some((e) => e.extensions?.code === "FORBIDDEN") ?? false;
    return (
      <LoadError
        text={forbidden ? t("admin.forbidden") : t("admin.loadFailed")}
        retry={() => jobs.refetch()}
      />
    );
  }
  type Job = (typeof jobs.data.scheduledJobs)[number];
  return (
    <div className="admin-tab" data-tab="jobs">
      <p className="section-note">{t("admin.jobs.intro")}</p>
      <p className="section-note">{t("jobQueue.intro")}</p>
      {failure && (
        <div data-job-failure={failure.job}>
          <ActionError failure={failure.failure} />
        </div>
      )}
      <div className="admin-table">
        <DataTable<Job>
          rowKey="name"
          dataSource={jobs.data.scheduledJobs}
          onRow={(j) => dataAttributes({ "data-job": j.name })}
          columns={[
            { key: "name", title: t("admin.jobs.name"), render: (_, j) => jobName(j.name) },
            {
              key: "every",
              title: t("admin.jobs.every"),
              render: (_, j) =>
                t("admin.jobs.minutes", { minutes: Math.round(j.everySeconds / 60) }),
            },
            {
              key: "lastRun",
              title: t("admin.jobs.lastRun"),
              render: (_, j) =>
                j.lastRun ? (
                  <span data-last-run={j.lastRun.id}>
                    {t("admin.jobs.run", {
                      at: dateTime(j.lastRun.startedAt),
                      who:
                        j.lastRun.trigger === "MANUAL"
                          ? j.lastRun.startedByName
                          : t("admin.jobs.clock"),
                    })}
                    {" · "}
                    <span data-succeeded={String(j.lastRun.succeeded)}>
                      {j.lastRun.succeeded ? t("admin.jobs.succeeded") : t("admin.jobs.failed")}
                    </span>
                    {j.lastRun.attempt > 1 && (
                      <>
                        {" · "}
                        {t("jobQueue.attempt", {
                          attempt: j.lastRun.attempt,
                          maxAttempts: j.lastRun.maxAttempts,
                        })}
                      </>
                    )}
                    <br />
                    <code className="admin-job-summary">{j.lastRun.summary}</code>
                  </span>
                ) : (
                  <span data-last-run="">{t("admin.jobs.never")}</span>
                ),
            },
            {
              key: "next",
              title: t("jobQueue.next"),
              render: (_, j) => (
                <span data-next-run={j.nextRunAt ?? ""}>
                  {j.nextRunAt ? dateTime(j.nextRunAt) : t("jobQueue.nothingQueued")}
                  {j.queued
                    .filter((q) => q.state === "RETRYING")
                    .map((q) => (
                      <span key={q.id} className="admin-job-retry" data-retrying={q.id}>
                        <br />
                        {t("jobQueue.retrying", {
                          attempt: q.attempt,
                          maxAttempts: q.maxAttempts,
                          at: dateTime(q.runAfter),
                        })}
                      </span>
                    ))}
                </span>
              ),
            },
            {
              key: "failures",
              title: t("jobQueue.failures"),
              render: (_, j) =>
                j.failures.length ? (
                  <ul className="admin-job-failures">
                    {j.failures.slice(0, 3).map((f) => (
                      <li key={f.id} data-failure={f.id}>
                        {dateTime(f.startedAt)}
                        {" · "}
                        {t("jobQueue.attempt", { attempt: f.attempt, maxAttempts: f.maxAttempts })}
                        <br />
                        <code className="admin-job-summary">{f.summary}</code>
                      </li>
                    ))}
                  </ul>
                ) : (
                  <span data-failures="">{t("jobQueue.noFailures")}</span>
                ),
            },
            {
              key: "action",
              title: t("admin.jobs.action"),
              render: (_, j) => (
                <Button
                  loading={running === j.name}
                  disabled={running !== null}
                  onClick={() => {
                    void (async () => {
                      setRunning(j.name);
                      const failed = await attempt(
                        () => run({ variables: { name: j.name } }),
                        "runJob",
                      );
                      setFailure(failed ? { job: j.name, failure: failed } : null);
                      await jobs.refetch();
                      setRunning(null);
                    })();
                  }}
                >
                  {t("admin.jobs.runNow")}
                </Button>
              ),
            },
          ]}
        />
      </div>
    </div>
  );
}
