-- The territory's chef·fe de projet: a college serving its territories (memberships, never binôme).
ALTER TYPE "College" ADD VALUE 'CHEF_DE_PROJET' BEFORE 'REGION';
