-- CreateTable
CREATE TABLE "ProConnectIdentity" (
    "id" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "issuer" TEXT NOT NULL,
    "sub" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastUsedAt" TIMESTAMP(3),

    CONSTRAINT "ProConnectIdentity_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "ProConnectIdentity_userId_key" ON "ProConnectIdentity"("userId");

-- CreateIndex
CREATE UNIQUE INDEX "ProConnectIdentity_issuer_sub_key" ON "ProConnectIdentity"("issuer", "sub");

-- AddForeignKey
ALTER TABLE "ProConnectIdentity" ADD CONSTRAINT "ProConnectIdentity_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
