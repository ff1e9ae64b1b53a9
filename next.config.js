/** @type {import('next').NextConfig} */
const nextConfig = {
  // Lets several builds live side by side (parallel end-to-end runs on one machine).
  distDir: process.env.NEXT_DIST_DIR || ".next",
  // Database drivers, the job queue, and the browser driver that prints the report, stay plain Node modules.
  serverExternalPackages: [
    "pg",
    "@prisma/adapter-pg",
    "pg-boss",
    "@electric-sql/pglite",
    "@electric-sql/pglite-socket",
    "playwright-core",
  ],
  // The action plan import sends a CSV file of up to 2 MB of text to a server action (1 MB by default).
  experimental: { serverActions: { bodySizeLimit: "3mb" } },
  poweredByHeader: false,
  reactStrictMode: true,
};

export default nextConfig;
