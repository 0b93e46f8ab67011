import { Anchor, Badge, Button, Card, Container, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { PageLoader } from '../../ui/page-loader';
import { IdeasProblem } from './ideas-problem';
import { useBoards } from './queries';

/** The co-creation portal's front: the boards, the roadmap and the changelog. */
export function IdeasHomePage() {
  const { t } = useTranslation('ideas');
  const boards = useBoards();
  return (
    <Container size="lg" px={{ base: 0, sm: 'md' }} py="md">
      <Stack gap="lg">
        <Stack gap={4}>
          <Title order={1} fz={{ base: 26, sm: 34 }}>
            {t('home.title')}
          </Title>
          <Text c="dimmed">{t('home.intro')}</Text>
        </Stack>
        <Group gap="sm">
          <Button component={Link} to="/ideas/new">
            {t('home.submit')}
          </Button>
          <Button component={Link} to="/ideas/roadmap" variant="light">
            {t('roadmap.title')}
          </Button>
          <Button component={Link} to="/ideas/changelog" variant="light">
            {t('changelog.title')}
          </Button>
        </Group>
        <section aria-labelledby="boards-heading">
          <Title order={2} id="boards-heading" fz="xl" mb="sm">
            {t('home.boards')}
          </Title>
          {boards.isPending && <PageLoader />}
          {boards.error && <IdeasProblem error={boards.error} />}
          {boards.data && boards.data.items.length === 0 && <Text c="dimmed">{t('home.noBoards')}</Text>}
          <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
            {boards.data?.items.map((b) => (
              <Card key={b.id} withBorder component="article" aria-labelledby={`board-${b.id}`}>
                <Stack gap="xs">
                  <Group justify="space-between">
                    <Anchor component={Link} to={`/ideas/boards/${b.slug}`} fw={600} id={`board-${b.id}`}>
                      {b.name}
                    </Anchor>
                    {b.visibility === 'private' && <Badge variant="light">{t('board.private')}</Badge>}
                  </Group>
                  {b.description && (
                    <Text size="sm" c="dimmed">
                      {b.description}
                    </Text>
                  )}
                </Stack>
              </Card>
            ))}
          </SimpleGrid>
        </section>
      </Stack>
    </Container>
  );
}
