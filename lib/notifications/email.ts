import { appUrl } from "@/lib/users/one-time-link";
import { notificationKindLabels, type NotificationKind } from "./kinds";
import { signUnsubscribeToken } from "./unsubscribe-token";

// Every notification e-mail: a plain-text and an HTML part with the same content, absolute links
// to the app, and a one-click unsubscribe link for the e-mail's kind (RFC 8058 headers too).

export type EmailSection = { heading?: string; lines: { text: string; href?: string }[] };

export type NotificationEmailContent = {
  userId: string;
  kind: NotificationKind;
  subject: string;
  greeting: string;
  intro: string;
  sections: EmailSection[];
  /** The main link, e.g. the action concerned. */
  link?: { label: string; href: string };
};

export type RenderedEmail = { subject: string; text: string; html: string; headers: Record<string, string> };

/** Everything a person typed (titles, names, comments) goes through this before reaching the HTML part. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}

export function unsubscribeUrl(userId: string, kind: NotificationKind): string {
  return appUrl(`/desabonnement/${signUnsubscribeToken({ userId, kind })}`);
}

/** The URL mail clients POST to for RFC 8058 one-click unsubscribe (a page cannot share its path). */
export function oneClickUnsubscribeUrl(userId: string, kind: NotificationKind): string {
  return appUrl(`/api/desabonnement/${signUnsubscribeToken({ userId, kind })}`);
}

function textPart(content: NotificationEmailContent, stopUrl: string): string {
  const blocks = [content.greeting, content.intro];
  for (const section of content.sections) {
    const lines = section.lines.map((line) => `- ${line.text}${line.href ? ` : ${appUrl(line.href)}` : ""}`);
    blocks.push([...(section.heading ? [section.heading] : []), ...lines].join("\n"));
  }
  if (content.link) blocks.push(`${content.link.label} : ${appUrl(content.link.href)}`);
  blocks.push(
    [
      "--",
      `Vous recevez ce courriel car les « ${notificationKindLabels[content.kind]} » sont activés dans votre compte TI Pilotage.`,
      `Ne plus recevoir ces courriels : ${stopUrl}`,
      `Choisir vos notifications : ${appUrl("/compte#notifications")}`,
    ].join("\n"),
  );
  return `${blocks.join("\n\n")}\n`;
}

function htmlLine(line: { text: string; href?: string }): string {
  const text = escapeHtml(line.text);
  return `<li>${line.href ? `<a href="${escapeHtml(appUrl(line.href))}">${text}</a>` : text}</li>`;
}

function htmlPart(content: NotificationEmailContent, stopUrl: string): string {
  const sections = content.sections
    .map(
      (section) =>
        `${section.heading ? `<h2 style="font-size:1.1em">${escapeHtml(section.heading)}</h2>` : ""}<ul>${section.lines.map(htmlLine).join("")}</ul>`,
    )
    .join("");
  const link = content.link
    ? `<p><a href="${escapeHtml(appUrl(content.link.href))}">${escapeHtml(content.link.label)}</a></p>`
    : "";
  return [
    `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>${escapeHtml(content.subject)}</title></head>`,
    `<body style="font-family:Marianne,Arial,sans-serif;color:#161616;line-height:1.5">`,
    `<p>${escapeHtml(content.greeting)}</p><p>${escapeHtml(content.intro)}</p>${sections}${link}`,
    `<hr><p style="font-size:0.875em;color:#3a3a3a">Vous recevez ce courriel car les « ${escapeHtml(notificationKindLabels[content.kind])} » sont activés dans votre compte TI Pilotage.<br>`,
    `<a href="${escapeHtml(stopUrl)}">Ne plus recevoir ces courriels</a> · <a href="${escapeHtml(appUrl("/compte#notifications"))}">Choisir vos notifications</a></p>`,
    `</body></html>`,
  ].join("");
}

export function renderNotificationEmail(content: NotificationEmailContent): RenderedEmail {
  const stopUrl = unsubscribeUrl(content.userId, content.kind);
  return {
    subject: content.subject,
    text: textPart(content, stopUrl),
    html: htmlPart(content, stopUrl),
    headers: {
      "List-Unsubscribe": `<${oneClickUnsubscribeUrl(content.userId, content.kind)}>`,
      "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
    },
  };
}
