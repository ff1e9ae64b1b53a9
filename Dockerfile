# Production image: builds the app, then `npm start` applies migrations and serves it.
FROM node:20-bookworm-slim AS build
WORKDIR /app
ENV NEXT_TELEMETRY_DISABLED=1
COPY package.json package-lock.json prisma.config.ts ./
COPY prisma ./prisma
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build

FROM node:20-bookworm-slim
WORKDIR /app
# The committee report's PDF is printed by Debian's Chromium (lib/report/pdf.ts).
RUN apt-get update \
  && apt-get install -y --no-install-recommends chromium fonts-dejavu-core \
  && rm -rf /var/lib/apt/lists/*
ENV NODE_ENV=production NEXT_TELEMETRY_DISABLED=1 PORT=3000 CHROMIUM_PATH=/usr/bin/chromium
COPY --from=build /app ./
USER node
EXPOSE 3000
CMD ["npm", "start"]
